import type { QuestionId } from '@lagesbild/domain';

/**
 * The Word file's own framing, in Swedish only: the board's papers are Swedish. Everything drawn from the data
 * (chapter titles, statements, figures, tables, coverage) comes from the plan catalogue in the domain package;
 * only the words around it live here, as the spreadsheets keep their headers beside their sheets.
 */
export const DOCX_TEXTS = {
  title: (year: number) => `Utvecklingsplan för IT och digitalisering ${year}`,
  draft: (date: string) => `Utkast – följer data per ${date}`,
  published: (date: string, by: string) => `Fastställd ${date} av ${by}`,
  basedOnRound: (round: string, closedOn: string | null) =>
    closedOn
      ? `Bygger på bedömningsomgång ${round}, stängd ${closedOn}.`
      : `Bygger på bedömningsomgång ${round}.`,
  noRound: 'Ingen bedömningsomgång är avslutad ännu.',
  previousEdition: (year: number) => `Jämförs med den fastställda planen för ${year}.`,
  contents: 'Innehåll',
  coverageHeading: 'Svarar planen på frågorna?',
  coverageIntro:
    'Tabellen visar för varje fråga i reservationen (KS 2025-09-15 § 426) om uppgifterna i Lägesbild besvarar den, ' +
    'vilken regel som används och vilka uppgifter som saknas och vem som ska lämna dem.',
  coverageCounts: (answered: number, partly: number, unanswered: number) =>
    `${answered} delfrågor besvarade, ${partly} delvis och ${unanswered} inte besvarade.`,
  coverageColumns: ['Fråga', 'Delfråga', 'Status', 'Regel', 'Saknas'],
  question: {
    q1: 'Fråga 1',
    q2: 'Fråga 2',
    q3: 'Fråga 3',
    q4: 'Fråga 4',
    q5: 'Fråga 5',
    plan: 'Planen',
  } satisfies Record<QuestionId, string>,
  nothingMissing: '–',
  figureColumns: ['Nyckeltal', 'Värde'],
  narrativeHeading: 'ITD:s kommentar',
  chartCaption: 'Diagrammet visas som tabell.',
  emptyTable: 'Inga uppgifter ännu.',
  footerPage: 'Sida ',
} as const;

/** The date part of an ISO 8601 date-time, as Swedish documents write dates (2026-11-27). */
export function formatIsoDate(iso: string): string {
  return iso.slice(0, 10);
}
