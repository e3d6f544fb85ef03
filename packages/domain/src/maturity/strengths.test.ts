import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickStrengthsAndWeaknesses, rankAreasAgainstCity, type AreaStanding } from './strengths';

const order = ['a1', 'a2', 'a3', 'a4', 'a5'];

describe('rankAreasAgainstCity', () => {
  it('ranks strongest first by the difference to the city median', () => {
    const ranked = rankAreasAgainstCity(
      new Map([
        ['a1', 2],
        ['a2', 4.5],
        ['a3', 3],
      ]),
      new Map([
        ['a1', 3],
        ['a2', 3],
        ['a3', 3.25],
      ]),
      order,
    );
    expect(ranked).toEqual([
      { areaCode: 'a2', score: 4.5, cityMedian: 3, diff: 1.5 },
      { areaCode: 'a3', score: 3, cityMedian: 3.25, diff: -0.25 },
      { areaCode: 'a1', score: 2, cityMedian: 3, diff: -1 },
    ]);
  });

  it('keeps the framework order for equal differences', () => {
    const scores = new Map([
      ['a1', 3],
      ['a2', 4],
      ['a3', 2],
      ['a4', 3],
    ]);
    const city = new Map([
      ['a1', 3],
      ['a2', 3],
      ['a3', 2],
      ['a4', 3],
    ]);
    const codes = (o: string[]) => rankAreasAgainstCity(scores, city, o).map((s) => s.areaCode);
    expect(codes(order)).toEqual(['a2', 'a1', 'a3', 'a4']);
    expect(codes(['a4', 'a3', 'a2', 'a1'])).toEqual(['a2', 'a4', 'a3', 'a1']);
  });

  it('leaves out areas where the unit or the city has no level', () => {
    const ranked = rankAreasAgainstCity(
      new Map([
        ['a1', 3],
        ['a2', 4],
        ['a4', 1],
      ]),
      new Map<string, number | null>([
        ['a1', 2],
        ['a2', null],
        ['a3', 3],
      ]),
      order,
    );
    expect(ranked.map((s) => s.areaCode)).toEqual(['a1']);
  });

  it('reports differences without float noise', () => {
    const [s] = rankAreasAgainstCity(new Map([['a1', 2.3]]), new Map([['a1', 2.1]]), order);
    expect(s?.diff).toBe(0.2);
  });
});

const standing = (areaCode: string, diff: number): AreaStanding => ({
  areaCode,
  score: 3 + diff,
  cityMedian: 3,
  diff,
});

describe('pickStrengthsAndWeaknesses', () => {
  const ranked = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((c, i) => standing(c, 3 - i));
  const codes = (s: AreaStanding[]) => s.map((x) => x.areaCode);

  it.each([
    { n: 7, count: 3, strongest: ['a', 'b', 'c'], weakest: ['g', 'f', 'e'] },
    { n: 7, count: 1, strongest: ['a'], weakest: ['g'] },
    { n: 4, count: 3, strongest: ['a', 'b', 'c'], weakest: [] },
    { n: 5, count: 3, strongest: ['a', 'b', 'c'], weakest: ['e'] },
    { n: 1, count: 3, strongest: ['a'], weakest: [] },
    { n: 0, count: 3, strongest: [], weakest: [] },
  ])(
    'of $n areas picks $strongest and $weakest (weakest first)',
    ({ n, count, strongest, weakest }) => {
      const picked = pickStrengthsAndWeaknesses(ranked.slice(0, n), count);
      expect(codes(picked.strongest)).toEqual(strongest);
      expect(codes(picked.weakest)).toEqual(weakest);
    },
  );

  it('picks three from each end by default', () => {
    expect(pickStrengthsAndWeaknesses(ranked).strongest).toHaveLength(3);
  });

  it('leaves an area at the city median out of both', () => {
    const level = ['x', 'y'].map((c) => standing(c, 0));
    expect(pickStrengthsAndWeaknesses(level)).toEqual({ strongest: [], weakest: [] });
  });

  it('never names an area both strong and weak', () => {
    const areas = fc.uniqueArray(fc.constantFrom(...'abcdefghij'), { maxLength: 10 });
    const diffs = fc.array(
      fc.integer({ min: -8, max: 8 }).map((d) => d / 4),
      { minLength: 10, maxLength: 10 },
    );
    fc.assert(
      fc.property(areas, diffs, fc.nat({ max: 6 }), (codes, ds, count) => {
        const r = codes.map((c, i) => standing(c, ds[i]!)).sort((a, b) => b.diff - a.diff);
        const { strongest, weakest } = pickStrengthsAndWeaknesses(r, count);
        const strong = new Set(strongest.map((s) => s.areaCode));
        expect(weakest.filter((w) => strong.has(w.areaCode))).toEqual([]);
        expect(strongest.every((s) => s.diff > 0) && weakest.every((w) => w.diff < 0)).toBe(true);
        expect(strongest.length).toBe(Math.min(count, r.filter((s) => s.diff > 0).length));
        expect(weakest.length).toBe(Math.min(count, r.filter((s) => s.diff < 0).length));
      }),
    );
  });
});
