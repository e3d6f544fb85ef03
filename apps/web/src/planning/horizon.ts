import type { PlanningSearch } from '../search';

/** A horizon's length when a link names only one end: that year and four more, as the default. */
const DEFAULT_SPAN = 4;
const MAX_SPAN = 29;

/**
 * The horizon a link asks for, made sensible: the right way round and at most 30 years. Undefined when it
 * names neither end: the server then plans from the organisation's current year.
 */
export function horizonOf(
  search: Pick<PlanningSearch, 'fran' | 'till'>,
): { from: number; to: number } | undefined {
  if (search.fran === undefined && search.till === undefined) return undefined;
  const a = search.fran ?? search.till! - DEFAULT_SPAN;
  const b = search.till ?? a + DEFAULT_SPAN;
  const from = Math.min(a, b);
  const to = Math.min(Math.max(a, b), from + MAX_SPAN);
  return { from, to };
}

/** The years the horizon's ends can be chosen from: around the shown horizon and the current year. */
export function listHorizonYears(horizon: { from: number; to: number }, today: string): number[] {
  const year = Number(today.slice(0, 4));
  const first = Math.min(horizon.from, year) - 2;
  const last = Math.max(horizon.to, year + DEFAULT_SPAN) + 10;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
