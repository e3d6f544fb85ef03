import { FUZZ_PLAN_YEAR, FUZZ_USER, needFields, type FuzzWorld } from './fuzz-world';

type Sample = (world: FuzzWorld) => unknown;

const SELF_REPORT = {
  selfRating: 3,
  targetLevel: 4,
  targetYear: 2028,
  notApplicable: false,
  evidence: {
    text: 'Rutin beskriven i ledningssystemet.',
    link: 'https://example.se/rutin',
    owner: 'Förvaltningschef',
    date: '2026-10-01',
  },
  confidence: 'medium',
  comment: 'Bedömt i ledningsgruppen.',
};

const CAPACITY_REPORT = {
  planningFte: 2.5,
  competences: [{ area: 'arkitektur', fte: 1, level: 3 }],
  demand: [{ area: 'sakerhet', year: 2027, fte: 0.25 }],
  baseRequirements: [],
};

const roundOf = (w: FuzzWorld) => w.round?.code ?? '2026-K4';
const itemOf = (w: FuzzWorld) => w.items[0] ?? { capabilityCode: 'okand', version: 1 };
const reviewKey = (w: FuzzWorld) => ({
  round: roundOf(w),
  unit: w.unit,
  version: w.submissionVersion,
});
const areaOf = (w: FuzzWorld) => w.framework.areas[0]!;

/**
 * One valid input per mutation, as the dashboard would send it. A mutation missing here fails the suite
 * by name, so one added later is fuzzed too. Valid samples may still meet a conflict once fuzzing has
 * changed what they refer to; that is an answer, not a failure.
 */
export const VALID_SAMPLES: Record<string, Sample> = {
  'ai.saveUseCase': (w) => ({
    code: null,
    version: 0,
    fields: {
      title: 'Fuzz-AI',
      description: 'Sammanfattar ärenden.',
      unitSlug: w.unit,
      value: 4,
      effort: 2,
      readiness: { data: 3, legal: 2, competence: 3, platform: 4, testing: 2 },
      status: 'idea',
      dependsOnNeeds: w.needCodes.slice(0, 1),
    },
  }),
  'ai.saveReachRule': (w) => ({
    version: w.ruleVersion,
    rule: { minEach: 2, minMean: 3, maxEffort: 3 },
  }),
  'auth.signIn': () => FUZZ_USER,
  'auth.signOut': () => ({}),
  // A wrong current password: the code behind the schema is reached, and no demo account changes.
  'auth.changePassword': () => ({
    currentPassword: 'inte-det-nuvarande',
    newPassword: 'ett-nytt-langt-losenord',
  }),
  // A wrong code for a real sign-in under way: it reaches the check and counts toward that account's lock.
  'auth.verifySecondFactor': (w) => ({ pendingToken: w.pendingToken, code: '000000' }),
  // An unconfirmed secret does nothing at sign-in; a wrong code and a wrong password change nothing.
  'secondFactor.startEnrolment': () => ({}),
  'secondFactor.confirmEnrolment': () => ({ code: '000000' }),
  'secondFactor.disable': () => ({ password: 'inte-det-nuvarande', code: '000000' }),
  'benefits.save': (w) => ({
    code: null,
    version: 0,
    fields: {
      title: 'Fuzz-nytta',
      needCode: w.needCodes[0] ?? 'okant-behov',
      unitSlug: w.unit,
      category: 'kvalitet',
      metric: 'handläggningstid (dagar)',
      baseline: 20,
      target: 10,
      targetDate: '2028-12-31',
      phase: 'planera',
      followUpMonths: 6,
    },
  }),
  'benefits.recordMeasurement': (w) => ({
    benefitCode: w.benefitCode ?? 'okand-nytta',
    measurement: { date: '2026-11-01', value: 12.5 },
    note: 'Mätt i verksamhetssystemet.',
  }),
  'benefits.saveAction': (w) => ({
    id: null,
    version: 0,
    fields: {
      benefitCode: w.benefitCode ?? 'okand-nytta',
      owner: 'servicenamnden',
      description: 'Följ upp i nämnden.',
      dueDate: '2027-03-31',
      done: false,
    },
  }),
  'capacity.save': (w) => ({
    round: roundOf(w),
    version: w.capacityVersion,
    report: CAPACITY_REPORT,
  }),
  'factors.save': (w) => ({
    code: null,
    version: 0,
    fields: {
      title: 'Fuzz-risk',
      kind: 'risk',
      likelihood: 3,
      impact: 4,
      owner: 'IT-direktör',
      mitigation: 'Utbilda förvaltarna.',
      status: 'open',
      capabilityCodes: [itemOf(w).capabilityCode],
      needCodes: w.needCodes.slice(0, 1),
    },
  }),
  'framework.preview': (w) => ({ text: JSON.stringify(w.framework), format: 'json' }),
  'framework.import': (w) => ({
    text: JSON.stringify(w.framework),
    format: 'json',
    expectedVersion: w.framework.version,
  }),
  'plan.create': () => ({ year: FUZZ_PLAN_YEAR + 1 }),
  'plan.saveNarrative': (w) => ({
    year: FUZZ_PLAN_YEAR,
    chapter: 'conclusions',
    text: 'Staden behöver stärka sin förvaltning.',
    version: w.edition.version,
  }),
  'plan.publish': (w) => ({ year: FUZZ_PLAN_YEAR, version: w.edition.version }),
  'plan.saveStrengthNote': (w) => ({
    code: null,
    version: 0,
    fields: {
      kind: 'strength',
      areaCode: areaOf(w).code,
      capabilityCode: areaOf(w).capabilities[0]?.code ?? null,
      weight: 2,
      text: 'Stark förvaltningsmodell.',
    },
  }),
  'planning.saveNeed': (w) => ({
    code: null,
    version: 0,
    fields: needFields(w.unit, itemOf(w).capabilityCode, 'accepted'),
  }),
  'planning.proposeNeed': (w) => ({
    fields: needFields(w.unit, itemOf(w).capabilityCode, 'proposed'),
  }),
  'planning.decideNeed': (w) => ({
    code: w.proposedNeed?.code ?? w.needCodes[0] ?? 'okant-behov',
    version: w.proposedNeed?.version ?? 1,
    decision: 'declined',
    reason: 'Ryms inte i ramen.',
  }),
  'planning.saveScenario': (w) => ({
    version: 0,
    scenario: {
      code: 'fuzz-scenario',
      name: 'Fuzz-scenario',
      description: '',
      needs: w.needCodes.slice(0, 1).map((needCode) => ({ needCode, startYear: 2027 })),
      leftOut: w.needCodes.slice(1, 2).map((needCode) => ({ needCode, reason: 'Senare.' })),
    },
  }),
  'planning.saveFrame': (w) => ({
    expected: w.frame,
    frame: [...w.frame.filter((f) => f.year !== 2031), { year: 2031, tkr: 5000 }],
  }),
  'report.save': (w) => ({
    round: roundOf(w),
    capabilityCode: itemOf(w).capabilityCode,
    version: Math.max(1, itemOf(w).version),
    fields: SELF_REPORT,
  }),
  'report.confirmUnchanged': (w) => ({
    round: roundOf(w),
    items: [{ ...itemOf(w), version: Math.max(1, itemOf(w).version) }],
  }),
  'report.submit': (w) => ({ round: roundOf(w), version: w.submissionVersion }),
  'report.importApply': (w) => ({
    round: roundOf(w),
    items: [
      {
        capabilityCode: itemOf(w).capabilityCode,
        version: Math.max(1, itemOf(w).version),
        fields: SELF_REPORT,
      },
    ],
    capacity: { version: w.capacityVersion, report: CAPACITY_REPORT },
    fileName: 'rapport.xlsx',
  }),
  'review.save': (w) => ({
    round: roundOf(w),
    unit: w.unit,
    capabilityCode: itemOf(w).capabilityCode,
    version: Math.max(1, itemOf(w).version),
    validatedRating: 3,
    validationComment: 'Styrks av underlaget.',
  }),
  'review.acceptSelfRatings': reviewKey,
  'review.approve': reviewKey,
  'review.return': (w) => ({ ...reviewKey(w), message: 'Komplettera underlaget.' }),
  'rounds.open': () => ({
    code: '2089-K1',
    startsOn: '2089-01-01',
    endsOn: '2089-03-31',
    deadline: '2089-03-15',
  }),
  'rounds.close': (w) => ({ code: roundOf(w), version: w.round?.version ?? 1 }),
  'users.create': () => ({
    email: 'fuzz-new@demo.lagesbild.se',
    name: 'Fuzz Ny',
    role: 'reporter',
    unitSlug: 'forskoleforvaltningen',
    password: 'ett-langt-losenord',
  }),
  'users.update': (w) => ({
    ...w.fuzzUser,
    name: 'Fuzz Target',
    role: 'viewer',
    unitSlug: null,
  }),
  'users.setDisabled': (w) => ({ ...w.fuzzUser, disabled: false }),
  'users.resetPassword': (w) => ({ ...w.fuzzUser }),
  // The fuzzing's own user has no second factor: refused behind the schema, nothing changes.
  'users.resetSecondFactor': (w) => ({ ...w.fuzzUser }),
};
