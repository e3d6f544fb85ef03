/**
 * The story the demo data tells, as numbers the rating generator reads. Kept apart from the
 * generator so the narrative can be tuned without touching the mechanics.
 *
 * `start` is the typical level in the first round (2024-K4); `drift` is, for each of the seven
 * transitions to 2025-K1 … 2026-K3, the chance per round that a pair steps up (positive) or down
 * (negative), on top of a little noise both ways.
 */
export interface AreaStory {
  start: number;
  drift: readonly number[];
}

const flat = (value: number): number[] => Array.from({ length: 7 }, () => value);

export const AREA_STORIES: Record<string, AreaStory> = {
  // The 2025 push on klassning and e-arkiv: the city median goes from about 2 to about 3.
  informationshantering: { start: 2.0, drift: flat(0.13) },
  // The new samverkansmodell from 2025 lifts samverkan steadily.
  samverkan: { start: 2.1, drift: [0.04, 0.1, 0.1, 0.1, 0.1, 0.08, 0.08] },
  'digital-sakerhet': { start: 2.5, drift: flat(0.05) },
  // AI starts low and rises slowly, a little faster once the AI-plattform pilot starts in 2026.
  ai: { start: 1.3, drift: [0.03, 0.04, 0.05, 0.06, 0.08, 0.09, 0.1] },
  // IT-juridik stalls: one shared lawyer, no added capacity.
  'it-juridik': { start: 2.3, drift: flat(0) },
  // Two of ITD's test leads left in the summer of 2025; testing falls and then levels out.
  testverksamhet: { start: 2.5, drift: [0.02, 0.02, -0.16, -0.12, -0.06, 0, 0] },
  'arkitektur-och-integration': { start: 2.2, drift: flat(0.04) },
  'infrastruktur-och-drift': { start: 2.8, drift: flat(0.03) },
  'digital-kompetens': { start: 2.3, drift: flat(0.05) },
  nyttorealisering: { start: 1.8, drift: flat(0.05) },
};

/** The chance per round of a step against the trend: real ratings wobble a little. */
export const NOISE = 0.025;

/** How much more (or less) mature a unit is than the city in general. */
export const UNIT_OFFSETS: Record<string, number> = {
  itd: 0.9,
  stadskontoret: 0.6,
  serviceforvaltningen: 0.3,
  'arbetsmarknads-och-socialforvaltningen': 0,
  funktionsstodsforvaltningen: -0.3,
  fritidsforvaltningen: -0.2,
  forskoleforvaltningen: -0.1,
  grundskoleforvaltningen: 0.1,
  'gymnasie-och-vuxenutbildningsforvaltningen': 0.1,
  'halsa-vard-och-omsorgsforvaltningen': -0.2,
  kulturforvaltningen: -0.3,
  miljoforvaltningen: 0,
  stadsbyggnadskontoret: 0.3,
  'fastighets-och-gatukontoret': 0.2,
};

/** Where a unit stands out in one area ("unit/area"), in start level and in drift. */
export const UNIT_AREA_ADJUSTMENTS: Record<string, { start?: number; drift?: number }> = {
  'halsa-vard-och-omsorgsforvaltningen/ai': { start: -0.6 },
  'halsa-vard-och-omsorgsforvaltningen/digital-sakerhet': { start: 0.3 },
  'itd/infrastruktur-och-drift': { start: 0.6 },
  'itd/testverksamhet': { start: 0.5 },
  'itd/ai': { drift: 0.05 },
  'grundskoleforvaltningen/ai': { start: 0.3, drift: 0.04 },
  'stadsbyggnadskontoret/informationshantering': { start: 0.4 },
  'stadsbyggnadskontoret/arkitektur-och-integration': { start: 0.4 },
  'stadskontoret/nyttorealisering': { start: 0.4, drift: 0.04 },
};

/**
 * Capabilities a unit does not have at all, the same in every round, and why: ITD runs the systems,
 * the tests or the IT roles on the unit's behalf. About 3 % of all pairs.
 */
export const NOT_APPLICABLE: Record<string, { units: readonly string[]; reason: string }> = {
  'lokal-driftmiljo': {
    units: [
      'stadskontoret',
      'fritidsforvaltningen',
      'forskoleforvaltningen',
      'kulturforvaltningen',
      'miljoforvaltningen',
      'stadsbyggnadskontoret',
    ],
    reason: 'Ej tillämplig: förvaltningen har inga lokalt driftade system, all drift sker hos ITD.',
  },
  'sakerhetskopiering-och-aterstallning': {
    units: ['fritidsforvaltningen', 'kulturforvaltningen', 'miljoforvaltningen'],
    reason: 'Ej tillämplig: säkerhetskopiering sköts av ITD för förvaltningens räkning.',
  },
  testautomatisering: {
    units: ['stadskontoret', 'fritidsforvaltningen', 'kulturforvaltningen', 'miljoforvaltningen'],
    reason:
      'Ej tillämplig: förvaltningen utvecklar inga egna system och har inga egna regressionstester.',
  },
  'testmiljoer-och-testdata': {
    units: ['kulturforvaltningen', 'miljoforvaltningen'],
    reason:
      'Ej tillämplig: förvaltningen har inga egna testmiljöer, ITD tillhandahåller dem vid behov.',
  },
  'integrationer-och-api': {
    units: ['fritidsforvaltningen', 'kulturforvaltningen'],
    reason: 'Ej tillämplig: förvaltningens integrationer ägs och förvaltas av ITD.',
  },
  'kompetensforsorjning-it-roller': {
    units: ['fritidsforvaltningen', 'kulturforvaltningen'],
    reason: 'Ej tillämplig: förvaltningen har inga egna IT-roller, stödet köps från ITD.',
  },
};

/** Why a capability does not apply to a unit, or null when it does. */
export function findNotApplicableReason(unitSlug: string, capabilityCode: string): string | null {
  const entry = NOT_APPLICABLE[capabilityCode];
  return entry?.units.includes(unitSlug) ? entry.reason : null;
}
