import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMedian, computeSpread } from './spread';

// Ratings and the medians of medians that roll-ups feed back in: multiples of 0.25 on the 1–5 scale.
const level = fc.integer({ min: 4, max: 20 }).map((q) => q / 4);
const levelOrNull = fc.option(level, { nil: null });

describe('computeMedian', () => {
  it.each([
    { sorted: [3], median: 3 },
    { sorted: [1, 2, 5], median: 2 },
    { sorted: [1, 2, 4, 5], median: 3 },
    { sorted: [2, 3], median: 2.5 },
    { sorted: [1, 1, 1, 5], median: 1 },
  ])('median of $sorted is $median', ({ sorted, median }) => {
    expect(computeMedian(sorted)).toBe(median);
  });

  it('refuses an empty list instead of inventing a level', () => {
    expect(() => computeMedian([])).toThrow(RangeError);
  });
});

describe('computeSpread', () => {
  it.each([
    { values: [], spread: null },
    { values: [null, null], spread: null },
    { values: [4], spread: { n: 1, min: 4, median: 4, max: 4, counts: [0, 0, 0, 1, 0] } },
    { values: [5, 1, 3], spread: { n: 3, min: 1, median: 3, max: 5, counts: [1, 0, 1, 0, 1] } },
    { values: [4, 1, 2, 5], spread: { n: 4, min: 1, median: 3, max: 5, counts: [1, 1, 0, 1, 1] } },
    {
      values: [2, null, 3, null],
      spread: { n: 2, min: 2, median: 2.5, max: 3, counts: [0, 1, 1, 0, 0] },
    },
    // Non-integers (area medians) count at their rounded level; .5 rounds up.
    {
      values: [1.25, 2.5, 4.75],
      spread: { n: 3, min: 1.25, median: 2.5, max: 4.75, counts: [1, 0, 1, 0, 1] },
    },
  ])('spread of $values', ({ values, spread }) => {
    expect(computeSpread(values)).toEqual(spread);
  });

  it('does not reorder the caller’s array', () => {
    const values = [5, 1, 3];
    computeSpread(values);
    expect(values).toEqual([5, 1, 3]);
  });
});

describe('computeSpread properties', () => {
  const values = fc.array(levelOrNull, { maxLength: 30 });
  const someValues = fc
    .array(levelOrNull, { maxLength: 30 })
    .filter((v) => v.some((x) => x !== null));

  it('puts the median between min and max', () => {
    fc.assert(
      fc.property(someValues, (v) => {
        const s = computeSpread(v)!;
        expect(s.min).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.max);
      }),
    );
  });

  it('counts every rated value once and no N/A', () => {
    fc.assert(
      fc.property(someValues, (v) => {
        const s = computeSpread(v)!;
        expect(s.n).toBe(v.filter((x) => x !== null).length);
        expect(s.counts.reduce((a, b) => a + b, 0)).toBe(s.n);
      }),
    );
  });

  it('does not depend on the order of the units', () => {
    const withShuffle = values.chain((v) =>
      fc.tuple(fc.constant(v), fc.shuffledSubarray(v, { minLength: v.length })),
    );
    fc.assert(
      fc.property(withShuffle, ([v, shuffled]) => {
        expect(computeSpread(shuffled)).toEqual(computeSpread(v));
      }),
    );
  });

  it('is unchanged by added N/A values', () => {
    fc.assert(
      fc.property(values, fc.nat({ max: 5 }), fc.nat(), (v, nulls, at) => {
        const withNulls = [...v];
        for (let i = 0; i < nulls; i++)
          withNulls.splice((at + i) % (withNulls.length + 1), 0, null);
        expect(computeSpread(withNulls)).toEqual(computeSpread(v));
      }),
    );
  });
});
