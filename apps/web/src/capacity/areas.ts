/** The years the demand grid always shows: the plan's horizon. */
export const DEMAND_YEARS: readonly number[] = [2026, 2027, 2028, 2029, 2030];

export const LEVELS = [1, 2, 3, 4, 5] as const;

/** The grid's years: the plan's horizon plus any other year the report already has, so none is lost. */
export function listDemandYears(demand: readonly { year: number }[]): number[] {
  return [...new Set([...DEMAND_YEARS, ...demand.map((d) => d.year)])].sort((a, b) => a - b);
}
