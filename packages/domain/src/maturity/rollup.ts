import { computeGapToTarget } from './movement';
import { pickRating, type RatedAssessment, type RatingBasis } from './rating';
import { computeMedian, computeSpread, type Spread } from './spread';

/** One assessment as the roll-ups see it. */
export interface AssessmentFact extends RatedAssessment {
  roundCode: string;
  unitSlug: string;
  capabilityCode: string;
  targetLevel: number | null;
  targetYear: number | null;
}

export interface CapabilitySpread {
  spread: Spread | null;
  notApplicable: number;
  /** Median of the target levels set by units for which the capability applies. */
  medianTarget: number | null;
  /** Units whose rating is below their own target. */
  belowTarget: number;
  /** Median steps left to target among units with both a rating and a target. */
  medianGap: number | null;
}

/** Spread of one capability across units in one round. */
export function computeCapabilitySpread(
  facts: readonly AssessmentFact[],
  basis: RatingBasis = 'effective',
): CapabilitySpread {
  const rated = facts.filter((f) => !f.notApplicable);
  const targets = rated.map((f) => f.targetLevel).filter((t): t is number => t !== null);
  const gaps = rated
    .map((f) => computeGapToTarget(pickRating(f, basis), f.targetLevel))
    .filter((g): g is number => g !== null);
  return {
    spread: computeSpread(rated.map((f) => pickRating(f, basis))),
    notApplicable: facts.length - rated.length,
    medianTarget: targets.length ? computeMedian(targets.sort((a, b) => a - b)) : null,
    belowTarget: gaps.filter((g) => g > 0).length,
    medianGap: gaps.length ? computeMedian(gaps.sort((a, b) => a - b)) : null,
  };
}

/**
 * A unit's level in an area: the median of its ratings on the area's capabilities.
 * Returns unit → area → score; an area where the unit rated nothing is absent.
 */
export function computeUnitAreaScores(
  facts: readonly AssessmentFact[],
  areaOf: ReadonlyMap<string, string>,
  basis: RatingBasis = 'effective',
): Map<string, Map<string, number>> {
  const buckets = new Map<string, Map<string, number[]>>();
  for (const f of facts) {
    const area = areaOf.get(f.capabilityCode);
    const rating = pickRating(f, basis);
    if (area === undefined || rating === null) continue;
    const byArea = buckets.get(f.unitSlug) ?? new Map<string, number[]>();
    buckets.set(f.unitSlug, byArea);
    const list = byArea.get(area) ?? [];
    byArea.set(area, list);
    list.push(rating);
  }
  const scores = new Map<string, Map<string, number>>();
  for (const [unit, byArea] of buckets) {
    const out = new Map<string, number>();
    for (const [area, ratings] of byArea)
      out.set(area, computeMedian(ratings.sort((a, b) => a - b)));
    scores.set(unit, out);
  }
  return scores;
}

/** Spread of each area across units, from the units' area scores. */
export function computeAreaSpreads(
  unitAreaScores: ReadonlyMap<string, ReadonlyMap<string, number>>,
  areaCodes: readonly string[],
): Map<string, Spread | null> {
  const out = new Map<string, Spread | null>();
  for (const area of areaCodes) {
    out.set(area, computeSpread([...unitAreaScores.values()].map((s) => s.get(area) ?? null)));
  }
  return out;
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
