import { describe, expect, it } from 'vitest';
import { data, T1, T2, T3 } from './test-data';
import { buildOverview, overviewSchema } from './overview';

const medians = (o: ReturnType<typeof buildOverview>) =>
  Object.fromEntries(
    o.trends.map((t) => [t.areaCode, t.points.map((p) => p.spread?.median ?? null)]),
  );

describe('buildOverview', () => {
  const overview = buildOverview(data, T2, T1);

  it('draws each area’s spread of unit scores in every round, oldest first', () => {
    expect(overview.trends.map((t) => t.points.map((p) => p.roundCode))).toEqual([
      ['2025-T3', '2026-T1', '2026-T2'],
      ['2025-T3', '2026-T1', '2026-T2'],
    ]);
    expect(medians(overview)).toEqual({ ai: [1.75, 2.5, 3], sakerhet: [3.5, 3.5, 4] });
    expect(overview.trends[0]?.points[2]?.spread).toEqual({
      n: 3,
      min: 1,
      median: 3,
      max: 3.5,
      counts: [1, 0, 1, 1, 0],
    });
    expect(overview.trends[0]?.points[0]?.spread?.n).toBe(2);
  });

  it('fills the heatmap with unit × area scores and their movement since the previous round', () => {
    expect(overview.heatmap).toEqual([
      { unitSlug: 'stadskontoret', areaCode: 'ai', score: 3, movement: 0.5 },
      { unitSlug: 'stadskontoret', areaCode: 'sakerhet', score: 4, movement: 0.5 },
      { unitSlug: 'serviceforvaltningen', areaCode: 'ai', score: 3.5, movement: 0.5 },
      { unitSlug: 'serviceforvaltningen', areaCode: 'sakerhet', score: 5, movement: 1 },
      { unitSlug: 'fritidsforvaltningen', areaCode: 'ai', score: 1, movement: 0 },
      { unitSlug: 'fritidsforvaltningen', areaCode: 'sakerhet', score: 2.5, movement: 0.5 },
    ]);
  });

  it('shows no movement for a unit that was not assessed in the previous round', () => {
    const early = buildOverview(data, T1, T3);
    expect(
      early.heatmap.find((c) => c.unitSlug === 'fritidsforvaltningen' && c.areaCode === 'ai'),
    ).toEqual({
      unitSlug: 'fritidsforvaltningen',
      areaCode: 'ai',
      score: 1,
      movement: null,
    });
    const first = buildOverview(data, T3, null);
    expect(first.previousRound).toBeNull();
    expect(first.heatmap.map((c) => c.movement)).toEqual([null, null, null, null, null, null]);
    expect(
      first.heatmap.filter((c) => c.unitSlug === 'fritidsforvaltningen').map((c) => c.score),
    ).toEqual([null, null]);
  });

  it('rolls up each capability with its median movement', () => {
    expect(
      overview.capabilitySpreads.map(({ capabilityCode, spread, notApplicable, movement }) => [
        capabilityCode,
        spread?.median,
        notApplicable,
        movement,
      ]),
    ).toEqual([
      ['ai-strategi', 3, 0, 1],
      ['ai-data', 3, 0, 0],
      ['sak-incident', 3, 1, 0],
      ['sak-behorighet', 4, 0, 0],
    ]);
    expect(overview.capabilitySpreads[0]).toMatchObject({
      medianTarget: 3,
      belowTarget: 2,
      medianGap: 1,
    });
    expect(overview.capabilitySpreads[2]).toMatchObject({
      medianTarget: 4.5,
      belowTarget: 2,
      medianGap: 1.5,
    });
  });

  it('reads self-ratings when asked to, in both rounds', () => {
    const self = buildOverview(data, T2, T1, 'self');
    expect(self.heatmap[2]).toEqual({
      unitSlug: 'serviceforvaltningen',
      areaCode: 'ai',
      score: 3,
      movement: -0.5,
    });
    // ai-strategi was self-rated 3, 3, 1 in both rounds; only the validated median moved.
    expect(self.capabilitySpreads[0]).toMatchObject({ spread: { median: 3 }, movement: 0 });
  });

  it('carries the filters’ context', () => {
    expect(overview).toMatchObject({
      round: '2026-T2',
      previousRound: '2026-T1',
      rounds: data.rounds,
      units: data.units,
    });
  });

  it.each([
    ['latest', T2, T1],
    ['first', T3, null],
  ] as const)('passes its own output schema unchanged for the %s round', (_, r, prev) => {
    const view = buildOverview(data, r, prev);
    expect(overviewSchema.parse(view)).toEqual(view);
  });
});
