import { openTestDatabase } from '@lagesbild/db/testing';
import type { DatabaseHandle } from '@lagesbild/db/client';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../index';
import { createContextInner } from '../context';
import { loadTestUser } from '../testing/users';

let handle: DatabaseHandle;
let caller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  handle = await openTestDatabase();
  const user = await loadTestUser(handle.db, 'viewer');
  caller = createCaller(createContextInner({ db: handle.db, organisationSlug: 'malmo', user }));
});
afterAll(() => handle.close());

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await handle.db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** The same roll-up written independently in SQL: unit medians per area, then the median across units. */
async function sqlAreaMedian(areaCode: string, roundCode: string): Promise<number | null> {
  const [row] = await rows<{ median: number | null }>(sql`
    with unit_scores as (
      select a.unit_id, percentile_cont(0.5) within group (order by coalesce(a.validated_rating, a.self_rating)) as score
      from assessments a
      join rounds r on r.id = a.round_id
      join capabilities c on c.id = a.capability_id
      join areas ar on ar.id = c.area_id
      where r.code = ${roundCode} and ar.code = ${areaCode} and not a.not_applicable
        and coalesce(a.validated_rating, a.self_rating) is not null
      group by a.unit_id
    )
    select percentile_cont(0.5) within group (order by score) as median from unit_scores`);
  return row?.median === null || row?.median === undefined ? null : Number(row.median);
}

async function expectCode(promise: Promise<unknown>, code: TRPCError['code']) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
}

describe('maturity.overview', () => {
  it('shows every area over every round, and the latest round by default', async () => {
    const view = await caller.maturity.overview({});
    expect(view.organisation).toMatchObject({ slug: 'malmo', isDemo: true });
    expect(view.round).toBe(view.rounds.at(-1)!.code);
    expect(view.previousRound).toBe(view.rounds.at(-2)!.code);
    expect(view.trends).toHaveLength(view.areas.length);
    for (const trend of view.trends)
      expect(trend.points.map((p) => p.roundCode)).toEqual(view.rounds.map((r) => r.code));
    expect(view.heatmap).toHaveLength(view.units.length * view.areas.length);
  });

  it('agrees with the same median computed in SQL for every area in the first and last round', async () => {
    const view = await caller.maturity.overview({});
    for (const trend of view.trends) {
      for (const point of [trend.points[0]!, trend.points.at(-1)!]) {
        expect(point.spread?.median ?? null).toBe(
          await sqlAreaMedian(trend.areaCode, point.roundCode),
        );
      }
    }
  });

  it('reads an earlier round when asked, with movement against the round before it', async () => {
    const all = await caller.maturity.overview({});
    const second = all.rounds[1]!.code;
    const view = await caller.maturity.overview({ round: second });
    expect(view.round).toBe(second);
    expect(view.previousRound).toBe(all.rounds[0]!.code);
    const first = await caller.maturity.overview({ round: all.rounds[0]!.code });
    expect(first.previousRound).toBeNull();
    expect(first.heatmap.every((c) => c.movement === null)).toBe(true);
  });

  it('refuses an unknown round, a malformed round and unknown fields', async () => {
    await expectCode(caller.maturity.overview({ round: '1999-K1' }), 'NOT_FOUND');
    await expectCode(caller.maturity.overview({ round: 'förra året' }), 'BAD_REQUEST');
    await expectCode(
      caller.maturity.overview({ round: '2026-K3', extra: 1 } as never),
      'BAD_REQUEST',
    );
  });
});

describe('maturity.overview by rating basis', () => {
  it('reads self-ratings, validated ratings or both, and shows who rates itself above ITD', async () => {
    const self = await caller.maturity.overview({ round: '2026-K2', basis: 'self' });
    const validated = await caller.maturity.overview({ round: '2026-K2', basis: 'validated' });
    expect(self.basis).toBe('self');
    const sum = (o: typeof self) => o.heatmap.reduce((s, c) => s + (c.score ?? 0), 0);
    // ITD lowers some self-ratings and raises none in the demo: self-rated figures sit higher.
    expect(sum(self)).toBeGreaterThan(sum(validated));

    const gaps = self.validationGaps;
    expect(gaps).toHaveLength(14);
    expect(gaps[0]!.meanGap!).toBeGreaterThan(0);
    expect(gaps[0]!.meanGap!).toBeGreaterThanOrEqual(gaps.at(-1)!.meanGap!);
    const [top] = await rows<{ mean: number }>(sql`
      select avg(a.self_rating - a.validated_rating)::float as mean
      from assessments a join rounds r on r.id = a.round_id join units u on u.id = a.unit_id
      where r.code = '2026-K2' and u.slug = ${gaps[0]!.unitSlug} and not a.not_applicable
        and a.validated_rating is not null and a.self_rating is not null`);
    expect(gaps[0]!.meanGap).toBeCloseTo(top!.mean, 2);
  });
});

describe('maturity.capability', () => {
  it('shows descriptors, each unit in the round, the spread per round and the changes', async () => {
    const overview = await caller.maturity.overview({});
    const code = overview.capabilities[0]!.code;
    const view = await caller.maturity.capability({ code });
    expect(view.capability.code).toBe(code);
    expect(view.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(view.levels.every((l) => l.descriptor.length > 10)).toBe(true);
    expect(view.unitRatings.map((u) => u.unitSlug)).toEqual(overview.units.map((u) => u.slug));
    expect(view.spreadByRound).toHaveLength(overview.rounds.length);
    expect(view.history.length).toBeGreaterThan(0);
    expect(view.history.every((h) => h.roundCode === view.round)).toBe(true);
    const latest = overview.capabilitySpreads.find((c) => c.capabilityCode === code)!;
    expect(view.spreadByRound.at(-1)!.spread).toEqual(latest.spread);
  });

  it('is NOT_FOUND for an unknown capability', async () => {
    await expectCode(caller.maturity.capability({ code: 'finns-inte' }), 'NOT_FOUND');
  });
});

describe('maturity.unit', () => {
  it("shows the unit's areas against the city median, strongest and weakest apart", async () => {
    const overview = await caller.maturity.overview({});
    const unit = overview.units.find((u) => u.kind === 'department')!;
    const view = await caller.maturity.unit({ slug: unit.slug });
    expect(view.unit).toEqual(unit);
    expect(view.areaProfile.map((a) => a.areaCode)).toEqual(overview.areas.map((a) => a.code));
    for (const area of view.areaProfile) {
      const cell = overview.heatmap.find(
        (c) => c.unitSlug === unit.slug && c.areaCode === area.areaCode,
      )!;
      expect(area.score).toBe(cell.score);
      expect(area.movement).toBe(cell.movement);
      const trend = overview.trends.find((t) => t.areaCode === area.areaCode)!;
      expect(area.cityMedian).toBe(trend.points.at(-1)!.spread?.median ?? null);
    }
    const strong = new Set(view.strongest.map((s) => s.areaCode));
    expect(view.weakest.some((w) => strong.has(w.areaCode))).toBe(false);
    expect(view.strongest.every((s) => s.diff > 0)).toBe(true);
    expect(view.weakest.every((w) => w.diff < 0)).toBe(true);
    expect(view.strongest.length + view.weakest.length).toBeGreaterThan(0);
  });

  it('is NOT_FOUND for an unknown unit', async () => {
    await expectCode(caller.maturity.unit({ slug: 'finns-inte' }), 'NOT_FOUND');
  });
});
