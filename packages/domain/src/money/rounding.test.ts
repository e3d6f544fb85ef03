import { describe, expect, it } from 'vitest';
import { roundHalfAway, toMnkr, toPercent } from './rounding';

describe('the rounding rule', () => {
  it.each([
    [-3750, -3.8],
    [3750, 3.8],
    [-3749, -3.7],
    [-3751, -3.8],
    [1250, 1.3],
    [-50, -0.1],
    [-49, 0],
    [0, 0],
    [12345, 12.3],
    [4000, 4],
  ])('%i tkr is %d mnkr', (tkr, mnkr) => {
    expect(toMnkr(tkr)).toBe(mnkr);
  });

  it('rounds halves away from zero at any number of decimals, binary noise aside', () => {
    expect(roundHalfAway(2.5)).toBe(3);
    expect(roundHalfAway(-2.5)).toBe(-3);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAway(0.125, 2)).toBe(0.13);
    expect(Object.is(roundHalfAway(-0.4), 0)).toBe(true);
  });

  it('writes a realisation rate as a whole percent by the same rule, a shortfall below zero too', () => {
    expect(toPercent(0.485)).toBe(49);
    expect(toPercent(-0.125)).toBe(-13);
    expect(toPercent(null)).toBeNull();
  });
});
