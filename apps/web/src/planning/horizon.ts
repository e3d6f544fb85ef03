import type { PlanningSearch } from '../search';

/** The plan's default horizon (DOMAIN.md: 2026–2030). */
export const DEFAULT_HORIZON = { from: 2026, to: 2030 } as const;
/** The years the horizon can start and end in. */
export const HORIZON_YEARS: readonly number[] = Array.from({ length: 20 }, (_, i) => 2024 + i);
const MAX_SPAN = 29;

/** The horizon a link asks for, made sensible: the right way round and at most 30 years. */
export function horizonOf(search: Pick<PlanningSearch, 'fran' | 'till'>): {
  from: number;
  to: number;
} {
  const a = search.fran ?? DEFAULT_HORIZON.from;
  const b = search.till ?? Math.max(a, DEFAULT_HORIZON.to);
  const from = Math.min(a, b);
  const to = Math.min(Math.max(a, b), from + MAX_SPAN);
  return { from, to };
}
