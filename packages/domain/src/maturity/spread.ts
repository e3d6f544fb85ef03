import { SCALE_MAX, SCALE_MIN } from '../models/framework';

/** The spread of ratings across units. Never only a mean: a mean of 3 hides units at 1 and 5. */
export interface Spread {
  n: number;
  min: number;
  median: number;
  max: number;
  /** counts[i] is how many values sit at level i + 1 (non-integer values count at their rounded level). */
  counts: number[];
}

export function computeMedian(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  const upper = sorted[mid];
  if (upper === undefined) throw new RangeError('median of nothing');
  return sorted.length % 2 === 1 ? upper : (sorted[mid - 1]! + upper) / 2;
}

/** Spread of the values that are present; null (not applicable or unrated) is never counted. */
export function computeSpread(values: readonly (number | null)[]): Spread | null {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (present.length === 0) return null;
  const counts = new Array<number>(SCALE_MAX - SCALE_MIN + 1).fill(0);
  for (const v of present) {
    const idx = Math.min(SCALE_MAX, Math.max(SCALE_MIN, Math.round(v))) - SCALE_MIN;
    counts[idx]! += 1;
  }
  return {
    n: present.length,
    min: present[0]!,
    median: computeMedian(present),
    max: present[present.length - 1]!,
    counts,
  };
}
