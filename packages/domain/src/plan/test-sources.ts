import type { AssessmentFact } from '../maturity/rollup';
import type { CompetenceArea } from '../models/capacity';
import type { InvestmentNeed, Scenario } from '../models/investment';
import type { NeedRecord } from '../models/planning';
import { computeCapacityBalance } from '../planning/capacity-balance';
import { computeScenario, type ScenarioContext } from '../planning/scenario';
import type { MaturityData } from '../views/common';
import { buildOverview } from '../views/overview';
import { planSourcesSchema, type PlanSources } from './plan-sources';
import type { StrengthNote } from './strength-notes';

// A small Malmö: four units, three areas of two capabilities each, three closed rounds.
// Each row: round, unit, then one self-rating per capability (CAPS order); a pair [self, validated] is a
// rating ITD validated, null unrated.
type Cell = number | null | [number, number];
const CAPS = [
  ['styrning', 'styr-portfolj'],
  ['styrning', 'styr-arkitektur'],
  ['sakerhet', 'sak-incident'],
  ['sakerhet', 'sak-behorighet'],
  ['ai', 'ai-strategi'],
  ['ai', 'ai-data'],
] as const;
const CAP_NAMES: Record<string, string> = {
  'styr-portfolj': 'Portföljstyrning',
  'styr-arkitektur': 'Verksamhetsarkitektur',
  'sak-incident': 'Incidenthantering',
  'sak-behorighet': 'Behörighetsstyrning',
  'ai-strategi': 'AI-strategi',
  'ai-data': 'Datahantering för AI',
};
// prettier-ignore
const ROWS: [string, string, Cell[]][] = [
  ['2025-T2', 'stadskontoret', [3, 2, 3, 3, 1, 2]],
  ['2025-T2', 'serviceforvaltningen', [2, 2, 2, 3, 1, 1]],
  ['2025-T2', 'fritidsforvaltningen', [2, 1, 2, 2, 1, 1]],
  ['2025-T3', 'stadskontoret', [3, 3, 3, 4, 2, 2]],
  ['2025-T3', 'serviceforvaltningen', [3, 2, 3, 3, 1, 2]],
  ['2025-T3', 'fritidsforvaltningen', [2, 2, 2, 2, 1, 1]],
  ['2025-T3', 'miljoforvaltningen', [2, 2, 3, 3, 1, 1]],
  ['2026-T1', 'stadskontoret', [[4, 4], [3, 3], [4, 3], 4, [3, 2], 3]],
  ['2026-T1', 'serviceforvaltningen', [[3, 3], 3, [3, 3], [4, 4], 2, 2]],
  ['2026-T1', 'fritidsforvaltningen', [2, 2, [3, 2], 2, [2, 1], 1]],
  ['2026-T1', 'miljoforvaltningen', [3, 2, 3, 3, 1, 2]],
];
const UNITS = [
  ['stadskontoret', 'Stadskontoret', 'Kommunstyrelsen'],
  ['serviceforvaltningen', 'Serviceförvaltningen', 'Servicenämnden'],
  ['fritidsforvaltningen', 'Fritidsförvaltningen', 'Fritidsnämnden'],
  ['miljoforvaltningen', 'Miljöförvaltningen', 'Miljönämnden'],
] as const;

function toFact(roundCode: string, unitSlug: string, cell: Cell, i: number): AssessmentFact {
  const [selfRating, validatedRating] = Array.isArray(cell) ? cell : [cell, null];
  return {
    roundCode,
    unitSlug,
    capabilityCode: CAPS[i]![1],
    selfRating,
    validatedRating,
    notApplicable: false,
    targetLevel: null,
    targetYear: null,
  };
}

export const PLAN_MATURITY_DATA: MaturityData = {
  organisation: { slug: 'malmo', name: 'Malmö stad', isDemo: true, asOfDate: null },
  rounds: ['2025-T2', '2025-T3', '2026-T1'].map((code) => ({
    code,
    startsOn: `${code.slice(0, 4)}-01-01`,
    endsOn: `${code.slice(0, 4)}-12-31`,
    status: 'closed' as const,
  })),
  areas: [
    { code: 'styrning', name: 'Styrning och ledning' },
    { code: 'sakerhet', name: 'Digital säkerhet' },
    { code: 'ai', name: 'AI och data' },
  ],
  capabilities: CAPS.map(([areaCode, code]) => ({
    code,
    name: CAP_NAMES[code]!,
    description: '',
    areaCode,
  })),
  units: UNITS.map(([slug, name, board]) => ({ slug, name, kind: 'department' as const, board })),
  facts: ROWS.flatMap(([round, unit, cells]) => cells.map((c, i) => toFact(round, unit, c, i))),
};

const HORIZON = { from: 2026, to: 2028 };
const AS_OF = { today: '2026-05-15', fixed: false };
const STAMP = { version: 1, updatedAt: '2026-03-01T09:00:00+01:00', updatedBy: 'itd@malmo.se' };

/** A need as the register holds it; tests override what they look at. */
export function makeNeedRecord(overrides: Partial<NeedRecord> & { code: string }): NeedRecord {
  return {
    title: overrides.code,
    description: '',
    ownerUnits: ['stadskontoret'],
    capabilities: [],
    plannedStart: 2026,
    durationYears: 1,
    oneOffTkr: [500],
    operatingTkr: 0,
    benefitTkr: [],
    fte: [],
    dependsOn: [],
    constraints: [],
    risk: 2,
    priority: 3,
    status: 'accepted',
    decisionReason: null,
    proposedByUnit: null,
    ...STAMP,
    ...overrides,
  };
}

export const PLAN_NEEDS: NeedRecord[] = [
  makeNeedRecord({
    code: 'e-arkiv',
    title: 'Gemensamt e-arkiv',
    capabilities: [{ capabilityCode: 'styr-arkitektur', lift: 1 }],
    durationYears: 2,
    oneOffTkr: [1200, 800],
    operatingTkr: 300,
    benefitTkr: [900],
    fte: [{ area: 'informationshantering', yearIndex: 0, fte: 1.5 }],
    constraints: [{ kind: 'procurement', note: 'Upphandling krävs' }],
    priority: 1,
    status: 'ongoing',
  }),
  makeNeedRecord({
    code: 'behorighet',
    title: 'Ny behörighetsstyrning',
    capabilities: [{ capabilityCode: 'sak-behorighet', lift: 1 }],
    oneOffTkr: [600],
    operatingTkr: 100,
    benefitTkr: [2000],
    fte: [{ area: 'sakerhet', yearIndex: 0, fte: 2 }],
    priority: 1,
    status: 'planned',
  }),
  makeNeedRecord({
    code: 'ai-plattform',
    title: 'AI-plattform',
    ownerUnits: ['serviceforvaltningen'],
    capabilities: [{ capabilityCode: 'ai-data', lift: 2 }],
    plannedStart: 2027,
    durationYears: 2,
    dependsOn: ['e-arkiv'],
    oneOffTkr: [2000, 1500],
    operatingTkr: 700,
    benefitTkr: [1500],
    fte: [{ area: 'ai-och-data', yearIndex: 0, fte: 3 }],
    constraints: [{ kind: 'legal', note: 'Dataskyddsbedömning' }],
    priority: 2,
    status: 'accepted',
  }),
  makeNeedRecord({
    code: 'testlabb',
    title: 'Testlabb för AI',
    ownerUnits: ['fritidsforvaltningen'],
    oneOffTkr: [400],
    priority: 4,
    status: 'proposed',
    proposedByUnit: 'fritidsforvaltningen',
  }),
  makeNeedRecord({ code: 'intranat', title: 'Nytt intranät', status: 'done', priority: 3 }),
];

const SCENARIOS: Scenario[] = [
  {
    code: 'bas',
    name: 'Bas',
    description: 'Det som redan är beslutat.',
    needs: [
      { needCode: 'e-arkiv', startYear: 2026 },
      { needCode: 'behorighet', startYear: 2026 },
    ],
    leftOut: [{ needCode: 'ai-plattform', reason: 'Ryms inte i budgetramen' }],
  },
  {
    code: 'offensiv',
    name: 'Offensiv',
    description: 'Satsning på AI.',
    needs: [
      { needCode: 'e-arkiv', startYear: 2026 },
      { needCode: 'behorighet', startYear: 2026 },
      { needCode: 'ai-plattform', startYear: 2027 },
    ],
    leftOut: [{ needCode: 'testlabb', reason: 'Inväntar AI-plattformen' }],
  },
];

const SUPPLY: { area: CompetenceArea; fte: number }[] = [
  { area: 'informationshantering', fte: 4 },
  { area: 'sakerhet', fte: 3 },
  { area: 'ai-och-data', fte: 2 },
  { area: 'test', fte: 1 },
];
const UNIT_DEMAND: { area: CompetenceArea; fte: number }[] = [
  { area: 'informationshantering', fte: 2 },
  { area: 'sakerhet', fte: 2.5 },
  { area: 'ai-och-data', fte: 1 },
];
const years = [2026, 2027, 2028];
const perYear = (rows: typeof SUPPLY) =>
  years.flatMap((year) => rows.map((r) => ({ area: r.area, year, fte: r.fte })));

function buildScenarios(): PlanSources['scenarios'] {
  const needs = PLAN_NEEDS as InvestmentNeed[];
  const frame = years.map((year) => ({ year, tkr: 2500 }));
  const context: ScenarioContext = {
    needs,
    horizon: HORIZON,
    frame,
    available: perYear(SUPPLY.map((s, i) => ({ ...s, fte: s.fte - (UNIT_DEMAND[i]?.fte ?? 0) }))),
    planning: years.map((year) => ({ year, fte: 6 })),
    baseline: {
      capabilities: CAPS.map(([areaCode, capabilityCode]) => ({ capabilityCode, areaCode })),
      ratings: CAPS.map(([, capabilityCode]) => ({
        unitSlug: 'stadskontoret',
        capabilityCode,
        level: 2,
      })),
    },
  };
  return {
    horizon: HORIZON,
    asOf: AS_OF,
    frame,
    planningFte: 6,
    scenarios: SCENARIOS.map((scenario) => ({
      scenario,
      ...STAMP,
      outcome: computeScenario(scenario, context),
    })),
    areas: PLAN_MATURITY_DATA.areas,
    capabilities: PLAN_MATURITY_DATA.capabilities.map((c) => ({
      code: c.code,
      name: c.name,
      areaCode: c.areaCode,
      areaName: PLAN_MATURITY_DATA.areas.find((a) => a.code === c.areaCode)!.name,
    })),
    baselineRound: '2026-T1',
  };
}

const unitRefs = UNITS.map(([slug, name]) => ({ slug, name }));
const capabilityRefs = PLAN_MATURITY_DATA.capabilities.map((c) => ({
  code: c.code,
  name: c.name,
  areaName: PLAN_MATURITY_DATA.areas.find((a) => a.code === c.areaCode)!.name,
}));

export function makeStrengthNote(
  overrides: Partial<StrengthNote> & { code: string },
): StrengthNote {
  return {
    kind: 'strength',
    areaCode: 'sakerhet',
    areaName: 'Digital säkerhet',
    capabilityCode: null,
    capabilityName: null,
    weight: 2,
    text: overrides.code,
    ...STAMP,
    ...overrides,
  };
}

const STRENGTH_NOTES: StrengthNote[] = [
  makeStrengthNote({
    code: 'incident-rutin',
    capabilityCode: 'sak-incident',
    capabilityName: 'Incidenthantering',
    weight: 3,
    text: 'Väl inövad incidentrutin i hela staden',
  }),
  makeStrengthNote({
    code: 'ai-data-svag',
    kind: 'weakness',
    areaCode: 'ai',
    areaName: 'AI och data',
    weight: 3,
    text: 'Data saknar ägare och kvalitetskrav',
  }),
  makeStrengthNote({
    code: 'arkitektur-svag',
    kind: 'weakness',
    areaCode: 'styrning',
    areaName: 'Styrning och ledning',
    weight: 1,
    text: 'Arkitekturbeslut dokumenteras inte',
  }),
];

/**
 * A small but complete set of plan sources for chapter tests: Malmö with four units, three closed rounds,
 * five needs, two scenarios (Bas and Offensiv) and a capacity balance with a shortfall. AI, benefits and
 * factors are empty: tests of those chapters pass their own through `overrides`.
 */
export function makePlanSources(overrides: Partial<PlanSources> = {}): PlanSources {
  const [, t3, t1] = PLAN_MATURITY_DATA.rounds;
  const sources: PlanSources = {
    organisationName: 'Malmö stad',
    year: 2026,
    today: '2026-05-15',
    basis: { roundCode: '2026-T1', closedOn: '2026-04-30' },
    overview: buildOverview(PLAN_MATURITY_DATA, t1!, t3!),
    strengthNotes: STRENGTH_NOTES,
    capacityBalance: {
      horizon: HORIZON,
      asOf: AS_OF,
      scenarioCode: 'bas',
      cells: computeCapacityBalance(
        {
          supply: perYear(SUPPLY),
          unitDemand: perYear(UNIT_DEMAND),
          investment: [
            { area: 'sakerhet', year: 2026, fte: 2 },
            { area: 'informationshantering', year: 2026, fte: 1.5 },
          ],
        },
        HORIZON,
      ),
      planningFte: 6,
      reports: UNITS.map(([unitSlug]) => ({ unitSlug, roundCode: '2026-T1' })),
      requirementGaps: [
        {
          capabilityCode: 'ai-data',
          capabilityName: 'Datahantering för AI',
          areaName: 'AI och data',
          unitsBelow: ['fritidsforvaltningen', 'miljoforvaltningen'],
          totalGap: 3,
          maxGap: 2,
          unitsUnknown: [],
        },
        {
          capabilityCode: 'sak-behorighet',
          capabilityName: 'Behörighetsstyrning',
          areaName: 'Digital säkerhet',
          unitsBelow: ['fritidsforvaltningen'],
          totalGap: 1,
          maxGap: 1,
          unitsUnknown: ['miljoforvaltningen'],
        },
      ],
      baselineRound: '2026-T1',
      units: unitRefs,
    },
    needs: {
      asOf: AS_OF,
      needs: PLAN_NEEDS,
      units: unitRefs,
      capabilities: capabilityRefs,
      withheldProposals: 0,
    },
    scenarios: buildScenarios(),
    aiRegister: {
      useCases: [],
      rule: { minEach: 2, minMean: 3, maxEffort: 4, version: 0, updatedAt: null, updatedBy: null },
      weakest: null,
      units: unitRefs,
      needs: PLAN_NEEDS.map((n) => ({ code: n.code, title: n.title })),
    },
    aiCompetence: {
      rounds: [],
      movement: [],
      units: [],
      missing: [],
      direction: { roundCode: null, horizon: HORIZON, asOf: AS_OF, areas: [] },
    },
    benefits: {
      asOf: { today: '2026-05-15', fixed: false },
      benefits: [],
      actions: [],
      city: {
        benefits: 0,
        measured: 0,
        meanRate: null,
        realised: 0,
        partly: 0,
        none: 0,
        overdue: 0,
      },
      byBoard: [],
      byInvestment: [],
      byYear: [],
      overdue: [],
      needs: PLAN_NEEDS.map((n) => ({ code: n.code, title: n.title })),
      units: UNITS.map(([slug, name, board]) => ({ slug, name, board })),
    },
    factors: {
      factors: [],
      matrix: [0, 1, 2, 3, 4].map(() => [0, 0, 0, 0, 0]),
      ranking: [],
      rounds: PLAN_MATURITY_DATA.rounds.map((r) => ({ code: r.code, status: r.status })),
      currentRound: '2026-T1',
      capabilities: capabilityRefs,
      needs: PLAN_NEEDS.map((n) => ({ code: n.code, title: n.title })),
    },
    ...overrides,
  };
  return planSourcesSchema.parse(sources);
}

/** A city with nothing entered yet: no closed round, no needs, no scenarios, no reports. */
export function makeEmptyPlanSources(overrides: Partial<PlanSources> = {}): PlanSources {
  const full = makePlanSources();
  return makePlanSources({
    basis: null,
    overview: null,
    strengthNotes: [],
    capacityBalance: {
      ...full.capacityBalance,
      scenarioCode: null,
      cells: [],
      planningFte: 0,
      reports: [],
      requirementGaps: [],
      baselineRound: null,
    },
    needs: { ...full.needs, needs: [] },
    scenarios: { ...full.scenarios, frame: [], planningFte: 0, scenarios: [], baselineRound: null },
    ...overrides,
  });
}
