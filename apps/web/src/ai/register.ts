import type { AiStatusCode, AiUseCaseData } from './types';

export interface UseCaseFilter {
  unit: string | undefined;
  status: AiStatusCode | undefined;
}

/** The use cases the filters leave, in the register's order. */
export function filterUseCases(
  useCases: readonly AiUseCaseData[],
  filter: UseCaseFilter,
): AiUseCaseData[] {
  return useCases.filter(
    (u) =>
      (filter.unit === undefined || u.unit.slug === filter.unit) &&
      (filter.status === undefined || u.status === filter.status),
  );
}

export interface MatrixCell {
  value: number;
  readiness: number;
  useCases: AiUseCaseData[];
}

/**
 * Value against readiness, 5 × 5: rows are value 5 (top) to 1, columns the mean readiness rounded
 * to a whole level, 1 to 5. High value and high readiness is where to start.
 */
export function buildReachMatrix(useCases: readonly AiUseCaseData[]): MatrixCell[][] {
  return [5, 4, 3, 2, 1].map((value) =>
    [1, 2, 3, 4, 5].map((readiness) => ({
      value,
      readiness,
      useCases: useCases.filter(
        (u) =>
          u.value === value &&
          Math.min(5, Math.max(1, Math.round(u.reach.meanReadiness))) === readiness,
      ),
    })),
  );
}

/** How many use cases each unit has in each status; units without any are left out. */
export function countByUnitAndStatus(
  useCases: readonly AiUseCaseData[],
): { slug: string; name: string; counts: Record<AiStatusCode, number>; total: number }[] {
  const rows = new Map<
    string,
    { slug: string; name: string; counts: Record<AiStatusCode, number>; total: number }
  >();
  for (const u of useCases) {
    const row = rows.get(u.unit.slug) ?? {
      ...u.unit,
      counts: { idea: 0, pilot: 0, production: 0 },
      total: 0,
    };
    row.counts[u.status] += 1;
    row.total += 1;
    rows.set(u.unit.slug, row);
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
