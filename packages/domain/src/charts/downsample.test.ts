import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsampleLttb } from './downsample';

type Row = { i: number; y: number | null; z?: number | null };

const rows = (ys: readonly (number | null)[]): Row[] => ys.map((y, i) => ({ i, y }));
const byY = (r: Row) => r.y;
const flat = (n: number, at: readonly (readonly [number, number])[] = []) =>
  rows(Array.from({ length: n }, (_, i) => at.find(([j]) => j === i)?.[1] ?? 1));
const wave = (n: number) =>
  rows(Array.from({ length: n }, (_, i) => Math.sin(i / 7) * 10 + (i % 5)));
const indices = (out: readonly Row[]) => out.map((r) => r.i);

/** No two kept rows with values may have a gap between them that the kept rows do not show. */
function bridgedGaps(input: readonly Row[], out: readonly Row[], y: (r: Row) => number | null) {
  const bridged: number[] = [];
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (y(a) === null || y(b) === null) continue;
    if (input.slice(a.i + 1, b.i).some((r) => y(r) === null)) bridged.push(a.i);
  }
  return bridged;
}

describe('downsampleLttb', () => {
  it.each([
    { n: 0, maxPoints: 10 },
    { n: 1, maxPoints: 2 },
    { n: 40, maxPoints: 40 },
    { n: 40, maxPoints: 900 },
  ])('hands back $n rows untouched when $maxPoints fit', ({ n, maxPoints }) => {
    const input = wave(n);
    expect(downsampleLttb(input, { maxPoints, series: [byY] })).toBe(input);
  });

  it.each([
    { n: 20_000, maxPoints: 800 },
    { n: 1_000, maxPoints: 3 },
    { n: 1_000, maxPoints: 2 },
    { n: 41, maxPoints: 40 },
  ])('thins $n rows to at most $maxPoints, keeping the first and the last', ({ n, maxPoints }) => {
    const out = downsampleLttb(wave(n), { maxPoints, series: [byY] });
    expect(out.length).toBeLessThanOrEqual(maxPoints);
    expect(out.length).toBeGreaterThanOrEqual(Math.min(maxPoints, 2));
    expect(out[0]!.i).toBe(0);
    expect(out.at(-1)!.i).toBe(n - 1);
  });

  it.each([
    { what: 'a spike', at: [[537, 9]] as const },
    { what: 'a dip', at: [[1_234, -9]] as const },
    {
      what: 'a spike and a dip',
      at: [
        [100, 50],
        [1_900, -50],
      ] as const,
    },
    { what: 'a spike next to the end', at: [[1_998, 7]] as const },
  ])('keeps $what in a flat line', ({ at }) => {
    const out = downsampleLttb(flat(2_000, at), { maxPoints: 100, series: [byY] });
    for (const [i] of at) expect(indices(out)).toContain(i);
  });

  it.each([
    { what: 'a gap in the middle', gaps: [[100, 200]] },
    { what: 'a gap at the start', gaps: [[0, 30]] },
    { what: 'a gap at the end', gaps: [[950, 1_000]] },
    { what: 'one missing round', gaps: [[500, 501]] },
    {
      what: 'three gaps',
      gaps: [
        [10, 11],
        [400, 420],
        [998, 1_000],
      ],
    },
  ])('keeps $what a gap', ({ gaps }) => {
    const input = wave(1_000).map((r) =>
      gaps.some(([from, to]) => r.i >= from! && r.i < to!) ? { ...r, y: null } : r,
    );
    const out = downsampleLttb(input, { maxPoints: 60, series: [byY] });
    expect(out.length).toBeLessThanOrEqual(60);
    for (const [from, to] of gaps) {
      expect(out.some((r) => r.i >= from! && r.i < to! && r.y === null)).toBe(true);
    }
    expect(bridgedGaps(input, out, byY)).toEqual([]);
  });

  it('keeps a gap in every bucket when there are more gaps than points', () => {
    const input = rows(Array.from({ length: 1_000 }, (_, i) => (i % 3 === 1 ? null : i % 7)));
    const out = downsampleLttb(input, { maxPoints: 50, series: [byY] });
    expect(out.length).toBeLessThanOrEqual(50);
    expect([out[0]!.i, out.at(-1)!.i]).toEqual([0, 999]);
    expect(bridgedGaps(input, out, byY)).toEqual([]);
  });

  it('keeps the pinned row, so the selected round keeps its marker', () => {
    const out = downsampleLttb(wave(5_000), {
      maxPoints: 100,
      series: [byY],
      keep: (r) => r.i === 3_333,
    });
    expect(indices(out)).toContain(3_333);
    expect(out.length).toBeLessThanOrEqual(100);
  });

  it("keeps each series' peak and gap when several share the rows", () => {
    const input = flat(3_000, [[700, 40]]).map((r) => ({
      ...r,
      z: r.i === 2_100 ? -40 : r.i >= 1_500 && r.i < 1_510 ? null : 2,
    }));
    const byZ = (r: Row) => r.z ?? null;
    const out = downsampleLttb(input, { maxPoints: 80, series: [byY, byZ] });
    expect(out.length).toBeLessThanOrEqual(80);
    expect(indices(out)).toEqual(expect.arrayContaining([0, 700, 2_100, 2_999]));
    expect(bridgedGaps(input, out, byZ)).toEqual([]);
  });

  it.each([
    { maxPoints: 1, series: 1 },
    { maxPoints: 5, series: 3 },
    { maxPoints: 100, series: 0 },
  ])('refuses $maxPoints points for $series series', ({ maxPoints, series }) => {
    const all = Array.from({ length: series }, () => byY);
    expect(() => downsampleLttb(wave(500), { maxPoints, series: all })).toThrow(RangeError);
  });

  /** The rows that carry the picture: both edges of every run of values, one null per gap, the ends. */
  const anchorsOf = (ys: readonly (number | null)[]) => {
    const edges = ys.filter(
      (y, i) =>
        y !== null && (i === 0 || ys[i - 1] === null || i === ys.length - 1 || ys[i + 1] === null),
    ).length;
    const gaps = ys.filter((y, i) => y === null && i > 0 && ys[i - 1] !== null).length;
    return edges + gaps + 2;
  };

  it('for any series: in order, within the budget, ends kept and no gap bridged', () => {
    const value = fc.option(fc.integer({ min: -100, max: 100 }), { nil: null, freq: 4 });
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 0, maxLength: 600 }),
        fc.integer({ min: 2, max: 120 }),
        (ys, maxPoints) => {
          const input = rows(ys);
          const out = downsampleLttb(input, { maxPoints, series: [byY] });
          const kept = indices(out);
          expect(out.length).toBeLessThanOrEqual(maxPoints);
          expect(kept).toEqual([...new Set(kept)].sort((a, b) => a - b));
          // Ends and gaps are promised while the budget holds every run's two edges and a null per
          // gap (a chart's width in pixels always does); below that the plain-bucket fallback decides.
          if (maxPoints < anchorsOf(ys)) return;
          if (input.length > 0) expect([kept[0], kept.at(-1)]).toEqual([0, input.length - 1]);
          expect(bridgedGaps(input, out, byY)).toEqual([]);
        },
      ),
    );
  });
});
