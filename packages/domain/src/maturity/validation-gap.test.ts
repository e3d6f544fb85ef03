import { describe, expect, it } from 'vitest';
import type { AssessmentFact } from './rollup';
import { computeValidationGaps } from './validation-gap';

function fact(
  unitSlug: string,
  selfRating: number | null,
  validatedRating: number | null,
  notApplicable = false,
): AssessmentFact {
  return {
    roundCode: '2026-K3',
    unitSlug,
    capabilityCode: `c${Math.random()}`,
    selfRating,
    validatedRating,
    notApplicable,
    targetLevel: null,
    targetYear: null,
  };
}

describe('computeValidationGaps', () => {
  it('puts the unit that rates itself furthest above ITD first', () => {
    const gaps = computeValidationGaps([
      fact('modest', 3, 3),
      fact('modest', 2, 3),
      fact('proud', 4, 2),
      fact('proud', 4, 3),
      fact('proud', 3, 3),
      fact('proud', null, null, true),
      fact('unvalidated', 4, null),
    ]);
    expect(gaps).toEqual([
      { unitSlug: 'proud', compared: 3, differing: 2, meanGap: 1, largestGap: 2 },
      { unitSlug: 'modest', compared: 2, differing: 1, meanGap: -0.5, largestGap: -1 },
      { unitSlug: 'unvalidated', compared: 0, differing: 0, meanGap: null, largestGap: null },
    ]);
  });
});
