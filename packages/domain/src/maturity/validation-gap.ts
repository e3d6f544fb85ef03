import type { AssessmentFact } from './rollup';
import { roundTo } from './rating';

export interface ValidationGap {
  unitSlug: string;
  /** Capabilities with both a self-rating and a validated rating. */
  compared: number;
  /** Of those, where ITD's rating differs from the unit's own. */
  differing: number;
  /** Mean of self minus validated: positive when the unit rates itself above ITD. */
  meanGap: number | null;
  /** The largest single difference, self minus validated, by absolute size. */
  largestGap: number | null;
}

/**
 * How far each unit's self-rating sits from ITD's validation in one round: a unit that rates itself
 * well above validation stands out. Units are ordered by mean gap, largest first.
 */
export function computeValidationGaps(facts: readonly AssessmentFact[]): ValidationGap[] {
  const byUnit = new Map<string, number[]>();
  for (const f of facts) {
    if (f.notApplicable || f.selfRating === null || f.validatedRating === null) {
      if (!byUnit.has(f.unitSlug)) byUnit.set(f.unitSlug, []);
      continue;
    }
    byUnit.set(f.unitSlug, [...(byUnit.get(f.unitSlug) ?? []), f.selfRating - f.validatedRating]);
  }
  return [...byUnit]
    .map(([unitSlug, gaps]) => ({
      unitSlug,
      compared: gaps.length,
      differing: gaps.filter((g) => g !== 0).length,
      meanGap: gaps.length ? roundTo(gaps.reduce((s, g) => s + g, 0) / gaps.length) : null,
      largestGap: gaps.length
        ? gaps.reduce((best, g) => (Math.abs(g) > Math.abs(best) ? g : best), 0)
        : null,
    }))
    .sort((a, b) => (b.meanGap ?? -Infinity) - (a.meanGap ?? -Infinity));
}
