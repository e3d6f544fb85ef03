import type { CompetenceArea } from '@lagesbild/domain';

/** The Swedish names of the competence areas, as the capacity page shows them, for files. */
export const AREA_NAMES: Record<CompetenceArea, string> = {
  systemforvaltning: 'Systemförvaltning',
  informationshantering: 'Informationshantering',
  arkitektur: 'Arkitektur',
  sakerhet: 'Säkerhet',
  'ai-och-data': 'AI och data',
  test: 'Test',
  'projekt-och-portfoljledning': 'Projekt- och portföljledning',
  'it-juridik': 'IT-juridik',
};
