import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeGapToTarget, computeMovement, directionOf } from './movement';

const level = fc.integer({ min: 4, max: 20 }).map((q) => q / 4);

describe('computeMovement', () => {
  it.each([
    { current: 3, previous: 2, movement: 1 },
    { current: 2, previous: 4, movement: -2 },
    { current: 2.5, previous: 2.5, movement: 0 },
    // Binary noise: 4.1 - 3.6 is 0.49999999999999956 in floating point, 2.3 - 2.1 is 0.19999999999999973.
    { current: 4.1, previous: 3.6, movement: 0.5 },
    { current: 2.1, previous: 2.3, movement: -0.2 },
    { current: 3.3, previous: 1.1, movement: 2.2 },
    { current: 1.1, previous: 3.3, movement: -2.2 },
    { current: 3, previous: null, movement: null },
    { current: null, previous: 3, movement: null },
    { current: null, previous: null, movement: null },
  ])('$previous → $current moves $movement', ({ current, previous, movement }) => {
    expect(computeMovement(current, previous)).toBe(movement);
  });

  it('moves an unchanged rating by exactly 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), (x) => {
        expect(computeMovement(x, x)).toBe(0);
      }),
    );
  });

  it('is the exact difference of roll-up levels, and its reverse is the negation', () => {
    fc.assert(
      fc.property(level, level, (a, b) => {
        expect(computeMovement(a, b)).toBe(a - b);
        expect(computeMovement(a, b)! + computeMovement(b, a)!).toBe(0);
      }),
    );
  });
});

describe('computeGapToTarget', () => {
  it.each([
    { rating: 2, target: 4, gap: 2 },
    { rating: 4, target: 4, gap: 0 },
    { rating: 5, target: 3, gap: -2 },
    { rating: 3.6, target: 4.1, gap: 0.5 },
    { rating: null, target: 4, gap: null },
    { rating: 3, target: null, gap: null },
  ])('rating $rating against target $target leaves $gap', ({ rating, target, gap }) => {
    expect(computeGapToTarget(rating, target)).toBe(gap);
  });
});

describe('directionOf', () => {
  it.each([
    { change: 0.25, direction: 'up' },
    { change: 2, direction: 'up' },
    { change: -0.01, direction: 'down' },
    { change: 0, direction: 'flat' },
    { change: -0, direction: 'flat' },
  ])('$change reads $direction', ({ change, direction }) => {
    expect(directionOf(change)).toBe(direction);
  });
});
