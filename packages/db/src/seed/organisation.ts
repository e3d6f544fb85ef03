import type { Organisation, Unit } from '@lagesbild/domain';

/**
 * The demo city's story was written for Monday 30 November 2026: round 2026-K4 is open with its deadline on
 * 11 December, four benefit follow-ups are overdue, the 2027 plan is a draft. It is read on that day whenever
 * it is installed, so a newcomer in 2029 sees the same coherent city (README: the demo city's calendar).
 */
export const DEMO_AS_OF_DATE = '2026-11-30';

export const DEMO_ORGANISATION: Organisation = {
  slug: 'malmo',
  name: 'Malmö stad',
  isDemo: true,
  asOfDate: DEMO_AS_OF_DATE,
};

/** ITD first, then the förvaltningar in the order the city lists them; sortOrder follows this list. */
export const DEMO_UNITS: Unit[] = [
  { slug: 'itd', name: 'IT och digitalisering (ITD)', kind: 'itd', board: 'Servicenämnden' },
  { slug: 'stadskontoret', name: 'Stadskontoret', kind: 'department', board: 'Kommunstyrelsen' },
  {
    slug: 'serviceforvaltningen',
    name: 'Serviceförvaltningen',
    kind: 'department',
    board: 'Servicenämnden',
  },
  {
    slug: 'arbetsmarknads-och-socialforvaltningen',
    name: 'Arbetsmarknads- och socialförvaltningen',
    kind: 'department',
    board: 'Arbetsmarknads- och socialnämnden',
  },
  {
    slug: 'funktionsstodsforvaltningen',
    name: 'Funktionsstödsförvaltningen',
    kind: 'department',
    board: 'Funktionsstödsnämnden',
  },
  {
    slug: 'fritidsforvaltningen',
    name: 'Fritidsförvaltningen',
    kind: 'department',
    board: 'Fritidsnämnden',
  },
  {
    slug: 'forskoleforvaltningen',
    name: 'Förskoleförvaltningen',
    kind: 'department',
    board: 'Förskolenämnden',
  },
  {
    slug: 'grundskoleforvaltningen',
    name: 'Grundskoleförvaltningen',
    kind: 'department',
    board: 'Grundskolenämnden',
  },
  {
    slug: 'gymnasie-och-vuxenutbildningsforvaltningen',
    name: 'Gymnasie- och vuxenutbildningsförvaltningen',
    kind: 'department',
    board: 'Gymnasie- och vuxenutbildningsnämnden',
  },
  {
    slug: 'halsa-vard-och-omsorgsforvaltningen',
    name: 'Hälsa-, vård- och omsorgsförvaltningen',
    kind: 'department',
    board: 'Hälsa-, vård- och omsorgsnämnden',
  },
  {
    slug: 'kulturforvaltningen',
    name: 'Kulturförvaltningen',
    kind: 'department',
    board: 'Kulturnämnden',
  },
  {
    slug: 'miljoforvaltningen',
    name: 'Miljöförvaltningen',
    kind: 'department',
    board: 'Miljönämnden',
  },
  {
    slug: 'stadsbyggnadskontoret',
    name: 'Stadsbyggnadskontoret',
    kind: 'department',
    board: 'Stadsbyggnadsnämnden',
  },
  {
    slug: 'fastighets-och-gatukontoret',
    name: 'Fastighets- och gatukontoret',
    kind: 'department',
    board: 'Tekniska nämnden',
  },
];

/** Each board once, in order of first appearance (ITD and Serviceförvaltningen share Servicenämnden). */
export function listBoards(units: readonly Unit[]): string[] {
  return [...new Set(units.map((u) => u.board))];
}
