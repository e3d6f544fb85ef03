import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REACH_RULE } from '../models/ai-use-case';
import { assessReach, findWeakestDimension } from './ai-reach';

const ready = { data: 4, legal: 3, competence: 3, platform: 4, testing: 3 };

describe('assessReach', () => {
  it('is within reach when every side is ready enough and the effort small enough', () => {
    expect(assessReach({ readiness: ready, effort: 2 }, DEFAULT_REACH_RULE)).toEqual({
      withinReach: true,
      meanReadiness: 3.4,
      shortfalls: [],
    });
  });

  it('says which side holds it back, and by how much', () => {
    const result = assessReach(
      { readiness: { ...ready, legal: 1, testing: 2 }, effort: 4 },
      { minEach: 2, minMean: 3, maxEffort: 3 },
    );
    expect(result.withinReach).toBe(false);
    expect(result.shortfalls).toEqual([
      { kind: 'dimension', dimension: 'legal', value: 1, required: 2 },
      { kind: 'mean', value: 2.8, required: 3 },
      { kind: 'effort', value: 4, allowed: 3 },
    ]);
  });

  it('a stricter rule never brings more use cases within reach', () => {
    const level = fc.integer({ min: 1, max: 5 });
    const useCase = fc.record({
      readiness: fc.record({
        data: level,
        legal: level,
        competence: level,
        platform: level,
        testing: level,
      }),
      effort: level,
    });
    fc.assert(
      fc.property(useCase, level, level, (u, minEach, maxEffort) => {
        const loose = assessReach(u, { minEach, minMean: 1, maxEffort });
        const strict = assessReach(u, {
          minEach: Math.min(5, minEach + 1),
          minMean: 1,
          maxEffort: Math.max(1, maxEffort - 1),
        });
        if (strict.withinReach) expect(loose.withinReach).toBe(true);
      }),
    );
  });
});

describe('findWeakestDimension', () => {
  it('finds the side of readiness that is weakest on average', () => {
    expect(
      findWeakestDimension([
        { readiness: { ...ready, legal: 1 } },
        { readiness: { ...ready, legal: 2, testing: 1 } },
      ]),
    ).toEqual({ dimension: 'legal', mean: 1.5 });
    expect(findWeakestDimension([])).toBeNull();
  });
});
