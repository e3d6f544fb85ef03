import { directionOf, type Direction } from './movement';
import { roundTo } from './rating';

export interface TrendSummary {
  from: { roundCode: string; median: number };
  to: { roundCode: string; median: number };
  change: number;
  direction: Direction;
}

/** First and last rated round of a series, and the movement between them: the facts a summary sentence needs. */
export function summariseTrend(
  points: readonly { roundCode: string; spread: { median: number } | null }[],
): TrendSummary | null {
  const rated = points.filter((p) => p.spread !== null);
  const first = rated[0];
  const last = rated[rated.length - 1];
  if (!first?.spread || !last?.spread) return null;
  const change = roundTo(last.spread.median - first.spread.median);
  return {
    from: { roundCode: first.roundCode, median: first.spread.median },
    to: { roundCode: last.roundCode, median: last.spread.median },
    change,
    direction: directionOf(change),
  };
}

/** Areas grouped by direction, biggest rise and fall first: the facts of the overview's lead paragraph. */
export function summariseAreaTrends<T extends { areaCode: string; summary: TrendSummary | null }>(
  areas: readonly T[],
): { up: T[]; down: T[]; flat: T[] } {
  const withSummary = areas.filter((a) => a.summary !== null);
  const by = (d: Direction) => withSummary.filter((a) => a.summary!.direction === d);
  return {
    up: by('up').sort((a, b) => b.summary!.change - a.summary!.change),
    down: by('down').sort((a, b) => a.summary!.change - b.summary!.change),
    flat: by('flat'),
  };
}
