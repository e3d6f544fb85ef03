import * as competence from '../../insight/ai-competence';
import { assessReach, findWeakestDimension } from '../../insight/ai-reach';
import { buildBenefitRegister } from '../../views/benefit-register';
import { buildFactorRegister, type FactorRegisterData } from '../../views/factors';
import { assessCoverage } from '../coverage';
import type { PlanChapter } from '../plan-content';
import type { PlanFacts } from '../plan-facts';
import type { PlanContext, PlanSources } from '../plan-sources';
import { FULL_PLAN_FACTS } from '../test-facts';
import { formatPlanText, formatPlanValue, PLAN_LOCALES, type PlanLocale } from '../texts';
import { makePlanSources, PLAN_MATURITY_DATA, PLAN_NEEDS } from '../test-sources';

// AI, benefit and factor views for the chapter tests, computed with the same insight functions the
// dashboard's own pages use, over the four units of test-sources.

const UNITS = PLAN_MATURITY_DATA.units;
const unitRef = (slug: string) => {
  const u = UNITS.find((x) => x.slug === slug)!;
  return { slug: u.slug, name: u.name };
};
const STAMP = { version: 1, updatedAt: '2026-03-01T09:00:00+01:00', updatedBy: 'itd@malmo.se' };
const HORIZON = { from: 2026, to: 2028 };

// prettier-ignore
const COMPETENCE: competence.CompetenceFact[] = ([
  ['2025-T3', 'stadskontoret', 'ai-och-data', 1.5, 3],
  ['2025-T3', 'stadskontoret', 'test', 0.5, 2],
  ['2025-T3', 'serviceforvaltningen', 'ai-och-data', 1, 2],
  ['2025-T3', 'serviceforvaltningen', 'test', 1, 3],
  ['2026-T1', 'stadskontoret', 'ai-och-data', 2, 4],
  ['2026-T1', 'stadskontoret', 'test', 1, 3],
  ['2026-T1', 'serviceforvaltningen', 'ai-och-data', 1.5, 3],
  ['2026-T1', 'serviceforvaltningen', 'test', 0.5, 2],
  ['2026-T1', 'fritidsforvaltningen', 'ai-och-data', 0.5, 2],
  ['2026-T1', 'fritidsforvaltningen', 'test', 0, null],
] as const).map(([roundCode, unitSlug, area, fte, level]) => ({ roundCode, unitSlug, area, fte, level }));

// The AI area of the framework in 2026-T1: eight assessments, four with a target.
const DIRECTION: competence.DirectionFact[] = [
  { areaCode: 'ai', rating: 2, targetLevel: 4, targetYear: 2027 },
  { areaCode: 'ai', rating: 3, targetLevel: 4, targetYear: 2028 },
  { areaCode: 'ai', rating: 2, targetLevel: 3, targetYear: 2027 },
  { areaCode: 'ai', rating: 2, targetLevel: 3, targetYear: 2027 },
  { areaCode: 'ai', rating: 1, targetLevel: null, targetYear: null },
  { areaCode: 'ai', rating: 1, targetLevel: null, targetYear: null },
  { areaCode: 'ai', rating: 1, targetLevel: null, targetYear: null },
  { areaCode: 'ai', rating: 2, targetLevel: null, targetYear: null },
];

export function makeAiCompetence(): PlanSources['aiCompetence'] {
  const rounds = ['2025-T3', '2026-T1'];
  const units = competence.computeUnitCompetence(
    UNITS.map((u) => u.slug),
    rounds,
    COMPETENCE,
  );
  return {
    rounds,
    movement: competence.computeCompetenceMovement(rounds, COMPETENCE),
    units: units.map((u) => ({ ...u, ...unitRef(u.unitSlug), isItd: false })),
    missing: competence.findMissingCompetence(units),
    direction: {
      roundCode: '2026-T1',
      horizon: HORIZON,
      asOf: { today: TODAY, fixed: false },
      areas: competence
        .computeDirection(['ai'], DIRECTION, HORIZON)
        .map((a) => ({ ...a, areaName: 'AI och data' })),
    },
  };
}

const RULE = { minEach: 2, minMean: 3, maxEffort: 4 };
const USE_CASES = [
  {
    code: 'chatt',
    title: 'Chattbot för medborgarfrågor',
    unit: 'stadskontoret',
    value: 4,
    effort: 3,
    readiness: { data: 4, legal: 3, competence: 3, platform: 4, testing: 3 },
    status: 'pilot' as const,
    needs: [],
  },
  {
    code: 'sortering',
    title: 'Sortering av ärenden',
    unit: 'serviceforvaltningen',
    value: 5,
    effort: 4,
    readiness: { data: 3, legal: 2, competence: 3, platform: 2, testing: 2 },
    status: 'idea' as const,
    needs: ['ai-plattform'],
  },
  {
    code: 'prognos',
    title: 'Prognos för bokningar',
    unit: 'fritidsforvaltningen',
    value: 3,
    effort: 2,
    readiness: { data: 2, legal: 4, competence: 2, platform: 3, testing: 1 },
    status: 'idea' as const,
    needs: ['ai-plattform', 'testlabb', 'intranat'],
  },
];

export function makeAiRegister(): PlanSources['aiRegister'] {
  const useCases = USE_CASES.map((u) => ({
    code: u.code,
    title: u.title,
    description: '',
    unit: unitRef(u.unit),
    value: u.value,
    effort: u.effort,
    readiness: u.readiness,
    status: u.status,
    dependsOnNeeds: u.needs.map((code) => {
      const n = PLAN_NEEDS.find((x) => x.code === code)!;
      return { code, title: n.title, status: n.status };
    }),
    ...STAMP,
    reach: assessReach(u, RULE),
  }));
  return {
    useCases,
    rule: { ...RULE, version: 0, updatedAt: null, updatedBy: null },
    weakest: findWeakestDimension(USE_CASES),
    units: UNITS.map((u) => unitRef(u.slug)),
    needs: PLAN_NEEDS.map((n) => ({ code: n.code, title: n.title })),
  };
}

export const TODAY = '2026-05-15';
const BOARD: Record<string, string> = Object.fromEntries(UNITS.map((u) => [u.slug, u.board]));
// prettier-ignore
const BENEFITS = [
  ['kortare-handlaggning', 'Kortare handläggningstid', 'e-arkiv', 'stadskontoret', 30, 10, '2026-03-31', 6, [['2025-12-01', 20], ['2026-03-01', 10]]],
  ['farre-inlogg', 'Färre inloggningsproblem', 'behorighet', 'serviceforvaltningen', 100, 20, '2026-12-31', 3, [['2025-10-01', 60]]],
  ['fler-bokningar', 'Fler digitala bokningar', 'e-arkiv', 'fritidsforvaltningen', 40, 80, '2027-06-30', 12, []],
  ['snabbare-tillstand', 'Snabbare miljötillstånd', 'ai-plattform', 'miljoforvaltningen', 60, 30, '2025-12-31', 6, [['2025-06-01', 57]]],
] as const;
// prettier-ignore
const ACTIONS = [
  [1, 'farre-inlogg', 'servicenamnden', 'Inför en gemensam mätrutin för nyttor', '2026-09-30', false],
  [2, 'snabbare-tillstand', 'servicenamnden', 'Avsätt tid för nyttouppföljning i förvaltningsplanerna', '2026-06-30', false],
  [3, 'kortare-handlaggning', 'kommunstyrelsen', 'Kräv nyttokalkyl i alla investeringsbeslut', '2026-10-31', false],
  [4, 'farre-inlogg', 'kommunstyrelsen', 'Ge servicenämnden uppdraget att följa upp nyttor', '2026-02-28', true],
] as const;

export function makeBenefits(): PlanSources['benefits'] {
  const actions = ACTIONS.map(([id, benefitCode, owner, description, dueDate, done]) => ({
    id,
    benefitCode,
    owner,
    description,
    dueDate,
    done,
    ...STAMP,
  }));
  const benefits = BENEFITS.map(
    ([code, title, needCode, unit, baseline, target, targetDate, followUpMonths, points]) => {
      const need = PLAN_NEEDS.find((n) => n.code === needCode)!;
      return {
        code,
        title,
        need: { code: need.code, title: need.title },
        unit: unitRef(unit),
        board: BOARD[unit]!,
        category: 'kvalitet' as const,
        metric: 'antal',
        baseline,
        target,
        targetDate,
        phase: 'realisera' as const,
        followUpMonths,
        measurements: points.map(([date, value]) => ({
          date,
          value,
          note: '',
          recordedBy: 'x@malmo.se',
        })),
        ...STAMP,
      };
    },
  );
  // The page's own builder, so the plan reads the register exactly as /nyttor shows it.
  return buildBenefitRegister(
    {
      benefits,
      actions,
      needs: PLAN_NEEDS.map((n) => ({ code: n.code, title: n.title })),
      units: UNITS.map((u) => ({ ...unitRef(u.slug), board: u.board })),
    },
    { today: TODAY, fixed: false },
  );
}

type Factor = FactorRegisterData['factors'][number];
function makeFactor(
  code: string,
  title: string,
  kind: Factor['kind'],
  status: Factor['status'],
  owner: string,
  mitigation: string,
  history: [string, number, number][],
): Factor {
  const [, likelihood, impact] = history.at(-1)!;
  return {
    code,
    title,
    kind,
    likelihood,
    impact,
    owner,
    mitigation,
    status,
    capabilities: [],
    needs: [],
    history: history.map(([roundCode, l, i]) => ({ roundCode, likelihood: l, impact: i })),
    ...STAMP,
  };
}

// Code, title, kind, status, owner, mitigation, then [round, likelihood, impact] oldest first.
// prettier-ignore
const FACTORS: Parameters<typeof makeFactor>[] = [
  ['kompetensbrist', 'Brist på AI-kompetens', 'risk', 'open', 'IT-direktören', 'Rekrytera två AI-specialister och starta internutbildning.', [['2025-T2', 3, 4], ['2025-T3', 4, 4], ['2026-T1', 4, 5]]],
  ['budget', 'Otillräcklig budgetram', 'risk', 'mitigating', 'Ekonomidirektören', '', [['2025-T3', 3, 4], ['2026-T1', 4, 4]]],
  ['ledning', 'Tydlig styrning från kommunstyrelsen', 'success', 'open', 'Stadsdirektören', 'Planen beslutas årligen i kommunstyrelsen.', [['2025-T2', 3, 3], ['2026-T1', 2, 3]]],
  ['leverantor', 'Leverantörsberoende', 'risk', 'open', 'Inköpschefen', 'Exitplan i alla nya avtal.', [['2026-T1', 3, 3]]],
  ['upphandling', 'Försenad upphandling', 'risk', 'open', 'Inköpschefen', 'Upphandla e-arkivet i god tid.', [['2025-T3', 2, 2], ['2026-T1', 2, 3]]],
  ['stordator', 'Avvecklad stordator', 'risk', 'closed', 'IT-direktören', 'Avvecklad.', [['2025-T2', 5, 5], ['2026-T1', 1, 1]]],
  ['dataskydd', 'Brister i dataskyddet', 'risk', 'open', 'Dataskyddsombudet', 'Konsekvensbedömning före varje AI-pilot.', [['2025-T3', 3, 3], ['2026-T1', 3, 3]]],
];

export function makeFactors(): PlanSources['factors'] {
  const rounds = PLAN_MATURITY_DATA.rounds.map((r) => ({ code: r.code, status: r.status }));
  const base = makePlanSources().factors;
  return buildFactorRegister({
    factors: FACTORS.map((f) => makeFactor(...f)),
    rounds,
    currentRound: '2026-T1',
    capabilities: base.capabilities,
    needs: base.needs,
  });
}

/** The test city with AI, benefits and factors filled in. */
export function makeInsightSources(overrides: Partial<PlanSources> = {}): PlanSources {
  return makePlanSources({
    aiCompetence: makeAiCompetence(),
    aiRegister: makeAiRegister(),
    benefits: makeBenefits(),
    factors: makeFactors(),
    ...overrides,
  });
}

/** Every text a reader sees of a chapter in one language: sentences, figures, table titles, headers, cells. */
export function renderChapter(chapter: PlanChapter, locale: PlanLocale): string[] {
  return [
    formatPlanText(locale, `${chapter.key}.title`),
    ...chapter.statements.map((s) => formatPlanText(locale, s.key, s.values)),
    ...chapter.figures.flatMap((f) => [
      formatPlanText(locale, f.key),
      formatPlanValue(locale, f.value, f.unit),
    ]),
    ...chapter.tables.flatMap((t) => [
      formatPlanText(locale, t.key),
      ...t.columns.map((c) => formatPlanText(locale, `${t.key}.${c.key}`)),
      ...t.rows.flatMap((r) =>
        r.map((cell, i) => formatPlanValue(locale, cell, t.columns[i]!.unit)),
      ),
    ]),
  ];
}

/** Texts that show a gap in the catalogue or the data: a bare key, an unfilled slot, NaN or undefined. */
export function findRenderingFaults(chapter: PlanChapter): string[] {
  return PLAN_LOCALES.flatMap((locale) =>
    renderChapter(chapter, locale).filter(
      (text) =>
        /\{\{|NaN|undefined|null|Infinity/.test(text) ||
        /^(ai|benefits|factors|conclusions|label|unit)\.[\w.-]+$/.test(text),
    ),
  );
}

/** The chapter's context for a city: its coverage is assessed from the facts given. */
export function makeContext(sources: PlanSources, facts: PlanFacts = FULL_PLAN_FACTS): PlanContext {
  return { sources, facts, coverage: assessCoverage(facts), previous: null };
}
