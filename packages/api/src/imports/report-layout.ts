import type { Confidence } from '@lagesbild/domain';

/**
 * The unit's workbook, defined once: the writer lays the sheets out from this and the reader finds
 * every value by it, so a column moved here moves in both.
 */
export const SHEETS = {
  answers: 'Förmågor',
  levels: 'Nivåer',
  capacity: 'Kapacitet',
  demand: 'Efterfrågan',
  requirements: 'Baskrav',
  about: 'Om filen',
} as const;

export interface Column<K extends string> {
  key: K;
  header: string;
  width: number;
  /** Shown for reference; the reader ignores what is typed in it. */
  readOnly?: boolean;
}

export const ANSWER_COLUMNS = [
  { key: 'area', header: 'Område', width: 24, readOnly: true },
  { key: 'code', header: 'Förmågekod', width: 26, readOnly: true },
  { key: 'name', header: 'Förmåga', width: 34, readOnly: true },
  { key: 'rating', header: 'Självskattning', width: 15 },
  { key: 'targetLevel', header: 'Målnivå', width: 10 },
  { key: 'targetYear', header: 'Målår', width: 9 },
  { key: 'evidenceText', header: 'Underlag', width: 40 },
  { key: 'evidenceLink', header: 'Länk', width: 30 },
  { key: 'evidenceOwner', header: 'Underlagets ägare', width: 20 },
  { key: 'evidenceDate', header: 'Underlagets datum (åååå-mm-dd)', width: 16 },
  { key: 'confidence', header: 'Säkerhet', width: 10 },
  { key: 'comment', header: 'Kommentar', width: 40 },
  { key: 'previousSelf', header: 'Förra omgångens självskattning', width: 16, readOnly: true },
  {
    key: 'previousValidated',
    header: 'Förra omgångens validerade nivå',
    width: 16,
    readOnly: true,
  },
  { key: 'validated', header: 'ITD:s validerade nivå', width: 14, readOnly: true },
  { key: 'version', header: 'Version (ändra inte)', width: 12, readOnly: true },
] as const satisfies readonly Column<string>[];
export type AnswerColumnKey = (typeof ANSWER_COLUMNS)[number]['key'];

export const LEVEL_COLUMNS = [
  { key: 'code', header: 'Förmågekod', width: 26 },
  { key: 'name', header: 'Förmåga', width: 34 },
  { key: 'level', header: 'Nivå', width: 6 },
  { key: 'levelName', header: 'Nivåns namn', width: 14 },
  { key: 'descriptor', header: 'Beskrivning', width: 80 },
] as const satisfies readonly Column<string>[];

/** The first data row is planning capacity, then one row per competence area. */
export const CAPACITY_COLUMNS = [
  { key: 'name', header: 'Område', width: 30, readOnly: true },
  { key: 'code', header: 'Kod', width: 28, readOnly: true },
  { key: 'fte', header: 'Årsarbetare (FTE)', width: 18 },
  { key: 'level', header: 'Egen nivå (1–5)', width: 16 },
] as const satisfies readonly Column<string>[];
export const PLANNING_CODE = 'planeringskapacitet';
export const PLANNING_NAME = 'Planeringskapacitet';

/** Areas down, years across from the third column; the header row holds the years. */
export const DEMAND_COLUMNS = [
  { key: 'name', header: 'Område', width: 30, readOnly: true },
  { key: 'code', header: 'Kod', width: 28, readOnly: true },
] as const satisfies readonly Column<string>[];
/** The plan's horizon: the round's year and the four after it, as the capacity page shows. */
export const DEMAND_YEARS_AHEAD = 4;

export const REQUIREMENT_COLUMNS = [
  { key: 'area', header: 'Område', width: 24, readOnly: true },
  { key: 'code', header: 'Förmågekod', width: 26, readOnly: true },
  { key: 'name', header: 'Förmåga', width: 34, readOnly: true },
  { key: 'level', header: 'Krävd nivå (1–5)', width: 16 },
] as const satisfies readonly Column<string>[];

/** "Om filen": label in A, value in B, one fact per row. */
export const ABOUT_ROWS = {
  round: 'Omgång',
  unitName: 'Enhet',
  unit: 'Enhetens kod',
  generatedAt: 'Skapad',
  capacityVersion: 'Kapacitetens version',
} as const;
export type AboutKey = keyof typeof ABOUT_ROWS;

export const NOT_APPLICABLE = 'Ej tillämplig';
export const LEVEL_CHOICES = ['1', '2', '3', '4', '5'] as const;
export const CONFIDENCE_NAMES: Record<Confidence, string> = {
  low: 'Låg',
  medium: 'Medel',
  high: 'Hög',
};

/** Excel's column letter for a 1-based column number: 1 → A, 27 → AA. */
export function letterOf(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 1-based column number of a key in a layout. */
export function columnOf<K extends string>(columns: readonly Column<K>[], key: K): number {
  return columns.findIndex((c) => c.key === key) + 1;
}
