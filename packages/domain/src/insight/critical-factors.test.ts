import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, countMatrix, rankFactors, scoreFactor } from './critical-factors';

describe('scoreFactor and bandOf', () => {
  it.each([
    { likelihood: 1, impact: 1, score: 1, band: 'low' },
    { likelihood: 2, impact: 3, score: 6, band: 'medium' },
    { likelihood: 4, impact: 3, score: 12, band: 'high' },
    { likelihood: 5, impact: 4, score: 20, band: 'critical' },
  ])('$likelihood × $impact = $score ($band)', ({ likelihood, impact, score, band }) => {
    expect(scoreFactor({ likelihood, impact })).toBe(score);
    expect(bandOf(score)).toBe(band);
  });

  it('a higher likelihood or impact never lowers the score or its band', () => {
    const level = fc.integer({ min: 1, max: 4 });
    const order = ['low', 'medium', 'high', 'critical'];
    fc.assert(
      fc.property(level, level, (likelihood, impact) => {
        const base = scoreFactor({ likelihood, impact });
        const worse = scoreFactor({ likelihood: likelihood + 1, impact });
        expect(worse).toBeGreaterThan(base);
        expect(order.indexOf(bandOf(worse))).toBeGreaterThanOrEqual(order.indexOf(bandOf(base)));
      }),
    );
  });
});

describe('countMatrix', () => {
  it('puts each factor in its likelihood × impact cell', () => {
    const cells = countMatrix([
      { likelihood: 5, impact: 4 },
      { likelihood: 5, impact: 4 },
      { likelihood: 1, impact: 2 },
    ]);
    expect(cells[4]![3]).toBe(2);
    expect(cells[0]![1]).toBe(1);
    expect(cells.flat().reduce((s, n) => s + n, 0)).toBe(3);
  });
});

describe('rankFactors', () => {
  it('ranks by current score and says how each moved since the round before', () => {
    expect(
      rankFactors([
        {
          code: 'kompetens',
          scores: [
            { roundCode: '2026-K2', score: 12 },
            { roundCode: '2026-K3', score: 16 },
          ],
        },
        { code: 'finansiering', scores: [{ roundCode: '2026-K3', score: 20 }] },
        {
          code: 'leverantor',
          scores: [
            { roundCode: '2026-K2', score: 16 },
            { roundCode: '2026-K3', score: 16 },
          ],
        },
        { code: 'ny', scores: [] },
      ]),
    ).toEqual([
      { code: 'finansiering', current: 20, previous: null, change: null },
      { code: 'kompetens', current: 16, previous: 12, change: 4 },
      { code: 'leverantor', current: 16, previous: 16, change: 0 },
    ]);
  });
});
