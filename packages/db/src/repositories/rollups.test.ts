import {
  areaIndex,
  summariseUnitAreas,
  type RatingBasis,
  type UnitAreaHistogram,
} from '@lagesbild/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../client';
import { openTestDatabase } from '../testing/test-db';
import { saveAssessment } from './assessments';
import { loadMaturityData, loadMaturityFrame } from './maturity';
import {
  computeNationalTrendRaw,
  findNationalTrend,
  loadUnitAreaHistograms,
  rebuildAllRollups,
  refreshOrganisationRollups,
} from './rollups';
import { closeRound } from './rounds';

/** The clock these tests pin. */
const NOW = new Date('2026-11-27T10:00:00Z');

const BASES: RatingBasis[] = ['self', 'validated', 'effective'];
const byKey = (h: UnitAreaHistogram) => `${h.roundCode}/${h.unitSlug}/${h.areaCode}`;
const sorted = (rows: UnitAreaHistogram[]) =>
  [...rows].sort((a, b) => byKey(a).localeCompare(byKey(b)));

/** What the rollups hold for an organisation, and what the assessments say they should hold. */
async function readBothWays(db: Database, slug: string) {
  const [frame, data] = await Promise.all([
    loadMaturityFrame(db, slug),
    loadMaturityData(db, slug),
  ]);
  return {
    rollups: sorted(await loadUnitAreaHistograms(db, frame)),
    raw: sorted(summariseUnitAreas(data.facts, areaIndex(data.capabilities))),
  };
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

async function organisationId(db: Database, slug: string): Promise<number> {
  const [row] = rowsOf<{ id: number }>(
    await db.execute(sql`select id from organisations where slug = ${slug}`),
  );
  return row!.id;
}

/** Every rollup row of an organisation, as stored. */
async function readStoredRows(db: Database, orgId: number) {
  return rowsOf(
    await db.execute(sql`select * from unit_area_rollups where organisation_id = ${orgId}
      order by round_id, unit_id, area_id`),
  );
}

/**
 * A second municipality with the demo city's units, framework and closed rounds but ratings turned
 * upside down (6 − rating), so its figures differ from the demo city's.
 */
async function copyDemoCityAs(db: Database, slug: string): Promise<number> {
  await db.execute(sql`insert into organisations (slug, name) values (${slug}, ${slug})`);
  const id = await organisationId(db, slug);
  const demo = await organisationId(db, 'malmo');
  await db.execute(sql`insert into boards (organisation_id, name)
    select ${id}, name from boards where organisation_id = ${demo}`);
  await db.execute(sql`insert into units (organisation_id, board_id, slug, name, kind, sort_order)
    select ${id}, nb.id, u.slug, u.name, u.kind, u.sort_order from units u
    join boards b on b.id = u.board_id join boards nb on nb.organisation_id = ${id} and nb.name = b.name
    where u.organisation_id = ${demo}`);
  await db.execute(sql`insert into frameworks (organisation_id, slug, name, version)
    select ${id}, slug, name, version from frameworks where organisation_id = ${demo}`);
  await db.execute(sql`insert into areas (framework_id, code, name, sort_order, retired_in_version)
    select nf.id, a.code, a.name, a.sort_order, a.retired_in_version from areas a
    join frameworks f on f.id = a.framework_id join frameworks nf on nf.organisation_id = ${id}
    where f.organisation_id = ${demo}`);
  await db.execute(sql`insert into capabilities
      (framework_id, area_id, code, name, sort_order, added_in_version, retired_in_version)
    select na.framework_id, na.id, c.code, c.name, c.sort_order, c.added_in_version, c.retired_in_version
    from capabilities c join areas a on a.id = c.area_id join frameworks f on f.id = c.framework_id
    join areas na on na.code = a.code join frameworks nf on nf.id = na.framework_id
    where f.organisation_id = ${demo} and nf.organisation_id = ${id}`);
  await db.execute(sql`insert into rounds (organisation_id, framework_id, code, starts_on, ends_on, status)
    select ${id}, nf.id, r.code, r.starts_on, r.ends_on, r.status from rounds r
    join frameworks nf on nf.organisation_id = ${id}
    where r.organisation_id = ${demo} and r.status = 'closed'`);
  await db.execute(sql`insert into assessments
      (round_id, unit_id, capability_id, self_rating, validated_rating, not_applicable, updated_by)
    select nr.id, nu.id, nc.id, 6 - a.self_rating, 6 - a.validated_rating, a.not_applicable, 'test'
    from assessments a
    join rounds r on r.id = a.round_id join rounds nr on nr.organisation_id = ${id} and nr.code = r.code
    join units u on u.id = a.unit_id join units nu on nu.organisation_id = ${id} and nu.slug = u.slug
    join capabilities c on c.id = a.capability_id
    join capabilities nc on nc.code = c.code and nc.framework_id = nr.framework_id`);
  return id;
}

describe('rollups after the demo seed', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(() => handle.close());

  it('equal the assessments counted one by one, for every round, unit, area and basis', async () => {
    const { rollups, raw } = await readBothWays(handle.db, 'malmo');
    expect(rollups.length).toBeGreaterThan(100);
    expect(rollups).toEqual(raw);
  });

  it('show a round as soon as it is closed through the repository', async () => {
    const [open] = rowsOf<{ code: string; version: number }>(
      await handle.db.execute(sql`select code, version from rounds where status = 'open'`),
    );
    const before = await readBothWays(handle.db, 'malmo');
    expect(before.rollups.some((h) => h.roundCode === open!.code)).toBe(false);

    await closeRound(
      handle.db,
      { organisationSlug: 'malmo', userId: null, label: 'Test', correlationId: null, at: NOW },
      { code: open!.code, expectedVersion: open!.version, at: NOW },
    );

    const after = await readBothWays(handle.db, 'malmo');
    expect(after.rollups.some((h) => h.roundCode === open!.code)).toBe(true);
    expect(after.rollups).toEqual(after.raw);
    expect(await findNationalTrend(handle.db)).toEqual(await computeNationalTrendRaw(handle.db));
  });

  it('follow a rating changed in a closed round', async () => {
    const [row] = rowsOf<{ unit: string; capability: string; version: number; rating: number }>(
      await handle.db.execute(sql`select u.slug as unit, c.code as capability, a.version,
          coalesce(a.validated_rating, a.self_rating) as rating
        from assessments a join rounds r on r.id = a.round_id join units u on u.id = a.unit_id
        join capabilities c on c.id = a.capability_id
        where r.code = '2026-K3' and not a.not_applicable and a.self_rating is not null
        order by a.id limit 1`),
    );
    await saveAssessment(handle.db, {
      organisationSlug: 'malmo',
      roundCode: '2026-K3',
      unitSlug: row!.unit,
      capabilityCode: row!.capability,
      expectedVersion: row!.version,
      fields: {
        selfRating: row!.rating === 5 ? 1 : 5,
        validatedRating: row!.rating === 5 ? 1 : 5,
        targetLevel: null,
        targetYear: null,
        notApplicable: false,
        evidence: { text: null, link: null, owner: null, date: null },
        confidence: null,
        comment: null,
        validationComment: 'ändrad efter stängning',
      },
      changedBy: 'Test',
      at: NOW,
    });
    const { rollups, raw } = await readBothWays(handle.db, 'malmo');
    expect(rollups).toEqual(raw);
    for (const basis of BASES) {
      expect(await findNationalTrend(handle.db, { basis })).toEqual(
        await computeNationalTrendRaw(handle.db, { basis }),
      );
    }
  });
});

describe('rollups of several municipalities', () => {
  let handle: DatabaseHandle;
  let lund: number;
  let malmo: number;
  beforeAll(async () => {
    handle = await openTestDatabase();
    lund = await copyDemoCityAs(handle.db, 'lund');
    malmo = await organisationId(handle.db, 'malmo');
    await rebuildAllRollups(handle.db);
  });
  afterAll(() => handle.close());

  it('are rebuilt for every municipality', async () => {
    for (const slug of ['malmo', 'lund']) {
      const { rollups, raw } = await readBothWays(handle.db, slug);
      expect(rollups.length).toBeGreaterThan(100);
      expect(rollups).toEqual(raw);
    }
  });

  it('give the same national trend as counting every assessment', async () => {
    for (const basis of BASES) {
      const trend = await findNationalTrend(handle.db, { basis });
      expect(trend.length).toBeGreaterThan(10);
      expect(trend).toEqual(await computeNationalTrendRaw(handle.db, { basis }));
    }
    const [point] = await findNationalTrend(handle.db);
    expect(point!.period).toMatch(/^\d{4}-Q[1-4]$/);
    // Two municipalities, one the other upside down: the national histogram is symmetric.
    expect(point!.counts).toEqual([...point!.counts].reverse());
  });

  it('refresh one municipality and leave every other one alone', async () => {
    const lundBefore = await readStoredRows(handle.db, lund);
    // Change both behind the rollups' back: only the refreshed one may pick its change up.
    for (const id of [malmo, lund]) {
      await handle.db.execute(sql`update assessments set self_rating = 1, validated_rating = null
        where not not_applicable and round_id in (select id from rounds where organisation_id = ${id})
          and unit_id in (select id from units where organisation_id = ${id} order by id limit 2)`);
    }
    await refreshOrganisationRollups(handle.db, malmo);

    const malmoNow = await readBothWays(handle.db, 'malmo');
    expect(malmoNow.rollups).toEqual(malmoNow.raw);
    expect(await readStoredRows(handle.db, lund)).toEqual(lundBefore);
    expect((await readBothWays(handle.db, 'lund')).rollups).not.toEqual(
      (await readBothWays(handle.db, 'lund')).raw,
    );

    await refreshOrganisationRollups(handle.db, lund);
    const lundNow = await readBothWays(handle.db, 'lund');
    expect(lundNow.rollups).toEqual(lundNow.raw);
    expect(await findNationalTrend(handle.db)).toEqual(await computeNationalTrendRaw(handle.db));
  });
});
