import {
  COVERAGE_QUESTIONS,
  isNumericUnit,
  NARRATIVE_MAX,
  type CoverageResult,
  type CoverageSummary,
  type PlanEditionSummary,
  type PlanLocale,
  type PlanTable,
} from '@lagesbild/domain';

/** The plan's texts come in Swedish and English; anything else reads Swedish. */
export function toPlanLocale(language: string | undefined): PlanLocale {
  return language?.startsWith('en') ? 'en' : 'sv';
}

/** Newest first, so the edition in force is at the top of the list. */
export function sortEditions(editions: readonly PlanEditionSummary[]): PlanEditionSummary[] {
  return [...editions].sort((a, b) => b.year - a.year);
}

/**
 * The year a new draft is for: the year after the newest edition, or the year after the organisation's
 * current year (`today`, an ISO date from the server) when there is none.
 */
export function findNextDraftYear(editions: readonly PlanEditionSummary[], today: string): number {
  const newest = Math.max(...editions.map((e) => e.year));
  return editions.length > 0 ? newest + 1 : Number(today.slice(0, 4)) + 1;
}

export interface ChartSeries {
  /** The column's key, also the data key in the chart rows. */
  key: string;
  columnIndex: number;
}

export interface TableChart {
  /** One row per table row: the first column as `x`, each numeric column under its key. */
  rows: Record<string, string | number | null>[];
  series: ChartSeries[];
}

/**
 * A table as a chart: the first column is the x axis and every column holding numbers (and no text) is a
 * series, as plan-content.ts promises. No series, no chart: the table alone says it.
 */
export function buildTableChart(table: PlanTable): TableChart | null {
  const series: ChartSeries[] = [];
  table.columns.forEach((column, columnIndex) => {
    if (columnIndex === 0 || !isNumericUnit(column.unit)) return;
    const cells = table.rows.map((row) => row[columnIndex] ?? null);
    const numeric =
      cells.some((c) => typeof c === 'number') && cells.every((c) => typeof c !== 'string');
    if (numeric) series.push({ key: column.key, columnIndex });
  });
  if (series.length === 0 || table.rows.length === 0) return null;
  const rows = table.rows.map((row) => {
    const point: Record<string, string | number | null> = { x: String(row[0] ?? '') };
    for (const s of series) point[s.key] = row[s.columnIndex] ?? null;
    return point;
  });
  return { rows, series };
}

export interface CoverageGroup {
  questionId: CoverageSummary['questions'][number]['questionId'];
  status: CoverageResult['status'];
  counts: CoverageSummary['questions'][number]['counts'];
  items: { result: CoverageResult; text: string }[];
}

/** The sub-questions under their question, in the reservation's order, with the reservation's wording. */
export function groupCoverage(
  results: readonly CoverageResult[],
  summary: CoverageSummary,
  locale: PlanLocale,
): CoverageGroup[] {
  const order = new Map(COVERAGE_QUESTIONS.map((q, i) => [q.id, i]));
  const wording = new Map(
    COVERAGE_QUESTIONS.map((q) => [q.id, locale === 'en' ? q.textEn : q.text]),
  );
  return summary.questions.map((q) => ({
    ...q,
    items: results
      .filter((r) => r.questionId === q.questionId)
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
      .map((result) => ({ result, text: wording.get(result.id) ?? result.id })),
  }));
}

/** Metrics named `shareOf…` are fractions 0–1: the panel shows them as per cent. */
export function isShareMetric(metric: string): boolean {
  return metric.startsWith('shareOf');
}

export type NarrativeError = 'tooLong';

/** The narrative's limit, checked before sending so the reader learns it at the field. */
export function checkNarrative(text: string): NarrativeError | null {
  return text.length > NARRATIVE_MAX ? 'tooLong' : null;
}
