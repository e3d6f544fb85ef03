import { SCALE_MAX, SCALE_MIN } from '../models/framework';
import { pickRating, roundTo, type RatingBasis } from './rating';
import type { AssessmentFact } from './rollup';

/** counts[i] is how many ratings sit at level i + 1. Histograms add up, and their median is exact. */
export type RatingHistogram = readonly number[];

/** One unit's ratings in one area of one round, counted per level for each rating basis. */
export interface UnitAreaHistogram {
  roundCode: string;
  unitSlug: string;
  areaCode: string;
  counts: Record<RatingBasis, RatingHistogram>;
}

const emptyCounts = () => new Array<number>(SCALE_MAX - SCALE_MIN + 1).fill(0);

/** The value at a 0-based position of the ratings in level order, read off the histogram. */
function levelAt(counts: RatingHistogram, position: number): number {
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i]!;
    if (position < seen) return i + SCALE_MIN;
  }
  throw new RangeError('position past the histogram');
}

/** The median of the counted ratings, exactly what computeMedian gives on the sorted list; null for none. */
export function computeHistogramMedian(counts: RatingHistogram): number | null {
  const n = counts.reduce((s, c) => s + c, 0);
  if (n === 0) return null;
  const mid = n >> 1;
  const upper = levelAt(counts, mid);
  return n % 2 === 1 ? upper : (levelAt(counts, mid - 1) + upper) / 2;
}

/** The mean of the counted ratings to two decimals; null for none. */
export function computeHistogramMean(counts: RatingHistogram): number | null {
  let n = 0;
  let sum = 0;
  counts.forEach((c, i) => {
    n += c;
    sum += c * (i + SCALE_MIN);
  });
  return n === 0 ? null : roundTo(sum / n);
}

/**
 * The histograms the rollup table holds, computed from assessment facts: what the database keeps
 * current, for views and tests that have only facts. Capabilities outside `areaOf` are left out.
 */
export function summariseUnitAreas(
  facts: readonly AssessmentFact[],
  areaOf: ReadonlyMap<string, string>,
): UnitAreaHistogram[] {
  const out = new Map<string, UnitAreaHistogram>();
  for (const f of facts) {
    const areaCode = areaOf.get(f.capabilityCode);
    if (areaCode === undefined) continue;
    const key = `${f.roundCode}\u0000${f.unitSlug}\u0000${areaCode}`;
    let row = out.get(key);
    if (!row) {
      const counts = { self: emptyCounts(), validated: emptyCounts(), effective: emptyCounts() };
      row = { roundCode: f.roundCode, unitSlug: f.unitSlug, areaCode, counts };
      out.set(key, row);
    }
    for (const basis of ['self', 'validated', 'effective'] as const) {
      const rating = pickRating(f, basis);
      if (rating !== null) (row.counts[basis] as number[])[rating - SCALE_MIN]! += 1;
    }
  }
  return [...out.values()];
}

/**
 * Each round's unit → area → score (the median of the unit's ratings on the area's capabilities),
 * as computeUnitAreaScores gives from the facts; an area where the unit rated nothing is absent.
 */
export function computeUnitAreaScoresByRound(
  histograms: readonly UnitAreaHistogram[],
  basis: RatingBasis = 'effective',
): Map<string, Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, Map<string, number>>>();
  for (const h of histograms) {
    const score = computeHistogramMedian(h.counts[basis]);
    if (score === null) continue;
    const byUnit = out.get(h.roundCode) ?? new Map<string, Map<string, number>>();
    out.set(h.roundCode, byUnit);
    const byArea = byUnit.get(h.unitSlug) ?? new Map<string, number>();
    byUnit.set(h.unitSlug, byArea);
    byArea.set(h.areaCode, score);
  }
  return out;
}
