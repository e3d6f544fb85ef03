import { describe, expect, it } from 'vitest';
import { summariseAreaTrends, summariseTrend, type TrendSummary } from './summary';

const point = (roundCode: string, median: number | null) => ({
  roundCode,
  spread: median === null ? null : { median },
});

describe('summariseTrend', () => {
  it.each([
    {
      name: 'a rise',
      points: [point('2025-T3', 2), point('2026-T1', 2.5), point('2026-T2', 3)],
      summary: {
        from: { roundCode: '2025-T3', median: 2 },
        to: { roundCode: '2026-T2', median: 3 },
        change: 1,
        direction: 'up',
      },
    },
    {
      name: 'unrated rounds at both ends',
      points: [
        point('2025-T2', null),
        point('2025-T3', 3.5),
        point('2026-T1', null),
        point('2026-T2', 2.5),
        point('2026-T3', null),
      ],
      summary: {
        from: { roundCode: '2025-T3', median: 3.5 },
        to: { roundCode: '2026-T2', median: 2.5 },
        change: -1,
        direction: 'down',
      },
    },
    {
      name: 'a return to the start',
      points: [point('2025-T3', 2), point('2026-T1', 4), point('2026-T2', 2)],
      summary: {
        from: { roundCode: '2025-T3', median: 2 },
        to: { roundCode: '2026-T2', median: 2 },
        change: 0,
        direction: 'flat',
      },
    },
    {
      name: 'one rated round',
      points: [point('2025-T3', null), point('2026-T1', 3)],
      summary: {
        from: { roundCode: '2026-T1', median: 3 },
        to: { roundCode: '2026-T1', median: 3 },
        change: 0,
        direction: 'flat',
      },
    },
    {
      name: 'float noise',
      points: [point('2025-T3', 3.6), point('2026-T1', 4.1)],
      summary: {
        from: { roundCode: '2025-T3', median: 3.6 },
        to: { roundCode: '2026-T1', median: 4.1 },
        change: 0.5,
        direction: 'up',
      },
    },
    { name: 'no rated round', points: [point('2025-T3', null)], summary: null },
    { name: 'no rounds', points: [], summary: null },
  ])('summarises $name', ({ points, summary }) => {
    expect(summariseTrend(points)).toEqual(summary);
  });
});

describe('summariseAreaTrends', () => {
  const trend = (change: number): TrendSummary => ({
    from: { roundCode: '2025-T3', median: 3 },
    to: { roundCode: '2026-T1', median: 3 + change },
    change,
    direction: change > 0 ? 'up' : change < 0 ? 'down' : 'flat',
  });
  const areas = [
    { areaCode: 'a1', summary: trend(0.5) },
    { areaCode: 'a2', summary: trend(-0.25) },
    { areaCode: 'a3', summary: null },
    { areaCode: 'a4', summary: trend(1.5) },
    { areaCode: 'a5', summary: trend(0) },
    { areaCode: 'a6', summary: trend(-2) },
    { areaCode: 'a7', summary: trend(0) },
  ];

  it('groups by direction with the biggest rise and fall first, and drops areas without a trend', () => {
    const grouped = summariseAreaTrends(areas);
    const codes = (list: { areaCode: string }[]) => list.map((a) => a.areaCode);
    expect(codes(grouped.up)).toEqual(['a4', 'a1']);
    expect(codes(grouped.down)).toEqual(['a6', 'a2']);
    expect(codes(grouped.flat)).toEqual(['a5', 'a7']);
  });

  it('keeps the caller’s own fields on each area', () => {
    const grouped = summariseAreaTrends([{ areaCode: 'a1', name: 'AI', summary: trend(1) }]);
    expect(grouped.up[0]?.name).toBe('AI');
  });
});
