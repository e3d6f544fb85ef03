import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { data } from '../views/test-data';
import { areaIndex } from '../views/common';
import {
  computeHistogramMean,
  computeHistogramMedian,
  computeUnitAreaScoresByRound,
  summariseUnitAreas,
} from './histogram';
import type { RatingBasis } from './rating';
import { computeUnitAreaScores, groupBy, type AssessmentFact } from './rollup';
import { computeMedian } from './spread';

describe('computeHistogramMedian', () => {
  it.each([
    { counts: [0, 0, 0, 0, 0], median: null },
    { counts: [1, 0, 0, 0, 0], median: 1 },
    { counts: [1, 1, 0, 0, 0], median: 1.5 },
    { counts: [0, 2, 0, 0, 1], median: 2 },
    { counts: [1, 0, 0, 0, 1], median: 3 },
    { counts: [3, 0, 1, 0, 4], median: 4 },
    { counts: [0, 0, 0, 2, 2], median: 4.5 },
  ])('is $median for $counts', ({ counts, median }) => {
    expect(computeHistogramMedian(counts)).toBe(median);
  });

  it('equals the median of the sorted ratings it counts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1 }), (ratings) => {
        const counts = [1, 2, 3, 4, 5].map((l) => ratings.filter((r) => r === l).length);
        expect(computeHistogramMedian(counts)).toBe(computeMedian(ratings.sort((a, b) => a - b)));
      }),
    );
  });
});

describe('computeHistogramMean', () => {
  it.each([
    { counts: [0, 0, 0, 0, 0], mean: null },
    { counts: [1, 0, 1, 0, 0], mean: 2 },
    { counts: [1, 1, 1, 0, 0], mean: 2 },
    { counts: [2, 0, 0, 0, 1], mean: 2.33 },
  ])('is $mean for $counts', ({ counts, mean }) => {
    expect(computeHistogramMean(counts)).toBe(mean);
  });
});

const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const factArbitrary: fc.Arbitrary<AssessmentFact> = fc.record({
  roundCode: fc.constantFrom('2025-T3', '2026-T1'),
  unitSlug: fc.constantFrom('a', 'b', 'c'),
  capabilityCode: fc.constantFrom('ai-strategi', 'ai-data', 'sak-incident', 'gone'),
  selfRating: rating,
  validatedRating: rating,
  notApplicable: fc.boolean(),
  targetLevel: fc.constant(null),
  targetYear: fc.constant(null),
});
const areaOf = new Map([
  ['ai-strategi', 'ai'],
  ['ai-data', 'ai'],
  ['sak-incident', 'sakerhet'],
]);

describe('computeUnitAreaScoresByRound', () => {
  const bases: RatingBasis[] = ['self', 'validated', 'effective'];
  const byRound = (
    facts: readonly AssessmentFact[],
    a: ReadonlyMap<string, string>,
    b: RatingBasis,
  ) =>
    new Map(
      [...groupBy(facts, (f) => f.roundCode)]
        .map(([code, list]) => [code, computeUnitAreaScores(list, a, b)] as const)
        .filter(([, scores]) => scores.size > 0),
    );

  it.each(bases)(
    'gives the demo facts the same unit × area scores as the facts do (%s)',
    (basis) => {
      const a = areaIndex(data.capabilities);
      expect(computeUnitAreaScoresByRound(summariseUnitAreas(data.facts, a), basis)).toEqual(
        byRound(data.facts, a, basis),
      );
    },
  );

  it.each(bases)('equals computeUnitAreaScores on any facts (%s)', (basis) => {
    fc.assert(
      fc.property(fc.array(factArbitrary, { maxLength: 60 }), (raw) => {
        // A not-applicable assessment carries no rating, as the database's check demands.
        const facts = raw.map((f) =>
          f.notApplicable ? { ...f, selfRating: null, validatedRating: null } : f,
        );
        expect(computeUnitAreaScoresByRound(summariseUnitAreas(facts, areaOf), basis)).toEqual(
          byRound(facts, areaOf, basis),
        );
      }),
    );
  });

  it('leaves out capabilities outside the current framework', () => {
    const facts = [
      { ...data.facts[0]!, capabilityCode: 'gone', selfRating: 5 },
      { ...data.facts[0]!, selfRating: 2 },
    ];
    const histograms = summariseUnitAreas(facts, areaOf);
    expect(histograms.map((h) => h.counts.self)).toEqual([[0, 1, 0, 0, 0]]);
  });
});
