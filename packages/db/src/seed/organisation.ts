import type { Organisation, Unit } from '@lagesbild/domain';

export const DEMO_ORGANISATION: Organisation = { slug: 'malmo', name: 'Malmö stad', isDemo: true };

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
