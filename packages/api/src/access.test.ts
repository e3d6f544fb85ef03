import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import type { SessionUser } from '@lagesbild/domain';
import type { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS } from './access';
import { createContextInner } from './context';
import { appRouter, createCaller } from './index';
import { loadTestUser, TEST_ACCOUNTS, type TestAccount } from './testing/users';

const SAMPLE_NEED = {
  title: 'Behov',
  description: '',
  ownerUnits: ['itd'],
  capabilities: [],
  plannedStart: 2027,
  durationYears: 1,
  oneOffTkr: [100],
  operatingTkr: 0,
  benefitTkr: [],
  fte: [],
  dependsOn: [],
  constraints: [],
  risk: 1,
  priority: 1,
  status: 'proposed',
};

/** A valid input for every procedure, so a refusal can only come from the access check. */
const SAMPLE_USE_CASE = {
  title: 'Prov',
  description: '',
  unitSlug: 'stadskontoret',
  value: 3,
  effort: 3,
  readiness: { data: 3, legal: 3, competence: 3, platform: 3, testing: 3 },
  status: 'idea',
  dependsOnNeeds: [],
};

const SAMPLE_BENEFIT = {
  title: 'Prov',
  needCode: 'finns-inte',
  unitSlug: 'stadskontoret',
  category: 'kvalitet',
  metric: 'andel (%)',
  baseline: 10,
  target: 20,
  targetDate: '2027-12-31',
  phase: 'planera',
  followUpMonths: 6,
};

const SAMPLE_FACTOR = {
  title: 'Prov',
  kind: 'risk',
  likelihood: 3,
  impact: 3,
  owner: 'IT-direktören',
  mitigation: '',
  status: 'open',
  capabilityCodes: [],
  needCodes: [],
};

const SAMPLE_INPUT: Record<string, unknown> = {
  // Writes below refuse before changing anything: an unknown code, a stale version, another unit.
  'ai.register': undefined,
  'ai.competence': undefined,
  'ai.saveUseCase': { code: 'finns-inte', version: 999, fields: SAMPLE_USE_CASE },
  'ai.saveReachRule': { version: 999, rule: { minEach: 2, minMean: 3, maxEffort: 3 } },
  'benefits.register': undefined,
  'benefits.save': { code: 'finns-inte', version: 999, fields: SAMPLE_BENEFIT },
  'benefits.recordMeasurement': {
    benefitCode: 'finns-inte',
    measurement: { date: '2026-01-01', value: 1 },
    note: '',
  },
  'benefits.saveAction': {
    id: 999999,
    version: 999,
    fields: {
      benefitCode: 'finns-inte',
      owner: 'kommunstyrelsen',
      description: 'Prov',
      dueDate: '2027-01-01',
      done: false,
    },
  },
  'factors.register': undefined,
  'factors.save': { code: 'finns-inte', version: 999, fields: SAMPLE_FACTOR },
  'audit.list': {},
  'auth.me': undefined,
  'auth.methods': undefined,
  'auth.signIn': { email: 'ingen@demo.lagesbild.se', password: 'x' },
  'auth.signOut': undefined,
  // A wrong current password: refused before anything is written.
  'auth.changePassword': { currentPassword: 'inte-rätt', newPassword: 'en ny lång lösenfras' },
  'auth.verifySecondFactor': { pendingToken: 'finns-inte', code: '123456' },
  'capacity.form': { round: '2026-K4' },
  // A stale version: refused before anything is written.
  'capacity.save': {
    round: '2026-K4',
    version: 999,
    report: { planningFte: 1, competences: [], demand: [], baseRequirements: [] },
  },
  'capacity.unitForm': { round: '2026-K4', unit: 'stadskontoret' },
  'framework.current': undefined,
  'framework.preview': { text: '{}', format: 'json' },
  // Not a framework: refused before anything is written.
  'framework.import': { text: '{}', format: 'json', expectedVersion: 999 },
  'maturity.overview': {},
  'calendar.day': undefined,
  'plan.editions': undefined,
  'plan.edition': { year: 2026 },
  // itd's create makes a 2026 draft (the walk's only write here; nothing else reads editions); the
  // stale versions below are refused before anything is written.
  'plan.create': { year: 2026 },
  'plan.saveNarrative': { year: 2026, chapter: 'status', text: 'Prov', version: 999 },
  'plan.publish': { year: 2026, version: 999 },
  'plan.strengthNotes': undefined,
  'plan.saveStrengthNote': {
    code: 'finns-inte',
    version: 999,
    fields: { kind: 'strength', areaCode: 'ai', capabilityCode: null, weight: 2, text: 'Prov' },
  },
  'maturity.capability': { code: 'informationsklassning' },
  'maturity.unit': { slug: 'miljoforvaltningen' },
  'planning.needs': undefined,
  // Writes that refuse before changing anything: an unknown need, a stale version, another unit.
  'planning.saveNeed': { code: 'finns-inte', version: 999, fields: SAMPLE_NEED },
  'planning.proposeNeed': { fields: SAMPLE_NEED },
  'planning.decideNeed': { code: 'finns-inte', version: 999, decision: 'accepted', reason: null },
  'planning.scenarios': {},
  'planning.saveScenario': {
    version: 999,
    scenario: { code: 'bas', name: 'Bas', description: '', needs: [], leftOut: [] },
  },
  'planning.frame': undefined,
  'planning.saveFrame': { expected: [{ year: 2099, tkr: 1 }], frame: [] },
  'planning.capacityBalance': {},
  // Reads of the open round; writes that refuse before changing anything (unknown capability or
  // unit, stale version), so the walk leaves the data as it was.
  'report.form': { round: '2026-K4' },
  'report.save': {
    round: '2026-K4',
    capabilityCode: 'finns-inte',
    version: 1,
    fields: {
      selfRating: 3,
      targetLevel: null,
      targetYear: null,
      notApplicable: false,
      evidence: { text: null, link: null, owner: null, date: null },
      confidence: null,
      comment: null,
    },
  },
  'report.confirmUnchanged': {
    round: '2026-K4',
    items: [{ capabilityCode: 'finns-inte', version: 1 }],
  },
  'report.submit': { round: '2026-K4', version: 999 },
  'report.importApply': {
    round: '2026-K4',
    items: [],
    capacity: {
      version: 999,
      report: { planningFte: 1, competences: [], demand: [], baseRequirements: [] },
    },
    fileName: 'rapport.xlsx',
  },
  'review.form': { round: '2026-K4', unit: 'stadskontoret' },
  'review.save': {
    round: '2026-K4',
    unit: 'stadskontoret',
    capabilityCode: 'finns-inte',
    version: 1,
    validatedRating: 3,
    validationComment: null,
  },
  'review.acceptSelfRatings': { round: '2026-K4', unit: 'stadskontoret', version: 999 },
  'review.approve': { round: '2026-K4', unit: 'stadskontoret', version: 999 },
  'review.return': { round: '2026-K4', unit: 'stadskontoret', version: 999, message: 'x' },
  'rounds.list': undefined,
  'rounds.open': {
    code: '2026-K4',
    startsOn: '2026-10-01',
    endsOn: '2026-12-31',
    deadline: '2026-12-11',
  },
  'rounds.close': { code: '2026-K4', version: 999 },
  'rounds.progress': { round: '2026-K4' },
  'secondFactor.status': undefined,
  // An unconfirmed secret: it plays no part in signing in until a code confirms it.
  'secondFactor.startEnrolment': undefined,
  // A wrong code, and nothing on to turn off: refused before anything is written.
  'secondFactor.confirmEnrolment': { code: '000000' },
  'secondFactor.disable': { password: 'inte-rätt', code: '000000' },
  'users.list': undefined,
  'users.create': {
    email: 'ny@demo.lagesbild.se',
    name: 'Ny Användare',
    role: 'viewer',
    unitSlug: null,
  },
  // An unknown user: allowed callers get NOT_FOUND, so nothing changes.
  'users.update': { id: 999_999, version: 1, name: 'X', role: 'viewer', unitSlug: null },
  'users.setDisabled': { id: 999_999, version: 1, disabled: true },
  'users.resetPassword': { id: 999_999, version: 1 },
  'users.resetSecondFactor': { id: 999_999, version: 1 },
};

const procedures = Object.keys(appRouter._def.procedures).sort();
const callers = ['anonymous', ...Object.keys(TEST_ACCOUNTS)] as ('anonymous' | TestAccount)[];

let handle: DatabaseHandle;
const users = new Map<string, SessionUser>();
beforeAll(async () => {
  handle = await openTestDatabase();
  for (const account of Object.keys(TEST_ACCOUNTS) as TestAccount[]) {
    users.set(account, await loadTestUser(handle.db, account));
  }
});
afterAll(() => handle.close());

async function call(who: string, path: string): Promise<'allowed' | TRPCError['code']> {
  const caller = createCaller(
    createContextInner({ db: handle.db, organisationSlug: 'malmo', user: users.get(who) ?? null }),
  );
  const fn = path
    .split('.')
    .reduce<unknown>((o, key) => (o as Record<string, unknown>)[key], caller);
  try {
    await (fn as (input: unknown) => Promise<unknown>)(SAMPLE_INPUT[path]);
    return 'allowed';
  } catch (e) {
    const code = (e as TRPCError).code;
    return code === 'UNAUTHORIZED' || code === 'FORBIDDEN' ? code : 'allowed';
  }
}

function expected(who: string, path: string): 'allowed' | 'UNAUTHORIZED' | 'FORBIDDEN' {
  const rule = ACCESS[path];
  if (rule === 'public') return 'allowed';
  if (who === 'anonymous') return 'UNAUTHORIZED';
  const role = who.startsWith('reporter') ? 'reporter' : (who as 'itd' | 'viewer');
  return rule?.includes(role) ? 'allowed' : 'FORBIDDEN';
}

describe('the access table', () => {
  it('has exactly one entry for every procedure in the router', () => {
    expect(Object.keys(ACCESS).sort()).toEqual(procedures);
    expect(Object.keys(SAMPLE_INPUT).sort()).toEqual(procedures);
  });

  it.each(procedures)('%s answers every caller as the table says', async (path) => {
    for (const who of callers) {
      // A wrong password, or no sign-in under way, is UNAUTHORIZED by design, not by the access check.
      if (path === 'auth.signIn' || path === 'auth.verifySecondFactor') continue;
      expect({ who, result: await call(who, path) }).toEqual({ who, result: expected(who, path) });
    }
  });

  it('a procedure missing from the table is refused even for itd', async () => {
    const rule = ACCESS['maturity.unit'];
    const table = ACCESS as Record<string, unknown>;
    delete table['maturity.unit'];
    try {
      expect(await call('itd', 'maturity.unit')).toBe('FORBIDDEN');
      const { rows } = (await handle.db.execute(
        sql`select actor_label, action, outcome from audit_log order by id desc limit 1`,
      )) as unknown as { rows: Record<string, unknown>[] };
      expect(rows[0]).toEqual({
        actor_label: 'Ida Ledning (ITD)',
        action: 'maturity.unit',
        outcome: 'denied',
      });
    } finally {
      table['maturity.unit'] = rule;
    }
  });
});
