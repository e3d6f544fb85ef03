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

/** One unit's level on one capability: its rating on the basis the reader uses; null when none. */
export interface UnitCapabilityLevel {
  unitSlug: string;
  capabilityCode: string;
  level: number | null;
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
  return computeUnitAreaLevels(
    facts.map((f) => ({ ...f, level: pickRating(f, basis) })),
    areaOf,
  );
}

/** computeUnitAreaScores for levels already picked (or projected): unit → area → median level. */
export function computeUnitAreaLevels(
  levels: readonly UnitCapabilityLevel[],
  areaOf: ReadonlyMap<string, string>,
): Map<string, Map<string, number>> {
  const buckets = new Map<string, Map<string, number[]>>();
  for (const f of levels) {
    const area = areaOf.get(f.capabilityCode);
    if (area === undefined || f.level === null) continue;
    const byArea = buckets.get(f.unitSlug) ?? new Map<string, number[]>();
    buckets.set(f.unitSlug, byArea);
    const list = byArea.get(area) ?? [];
    byArea.set(area, list);
    list.push(f.level);
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

/**
 * An area's level, the one definition every page, workbook and plan chapter reads: the median over units
 * of each unit's level in the area (computeUnitAreaScores), so the overview's trend, the heatmap's
 * spread, /planering's projection and the plan agree. Null where no unit rated the area.
 */
export function computeAreaLevels(
  unitAreaScores: ReadonlyMap<string, ReadonlyMap<string, number>>,
  areaCodes: readonly string[],
): Map<string, number | null> {
  const spreads = computeAreaSpreads(unitAreaScores, areaCodes);
  return new Map(areaCodes.map((a) => [a, spreads.get(a)?.median ?? null]));
}

/** A capability's level: the median of the units' levels on it (its spread's median); null for none. */
export function computeCapabilityLevel(levels: readonly (number | null)[]): number | null {
  return computeSpread(levels)?.median ?? null;
}
