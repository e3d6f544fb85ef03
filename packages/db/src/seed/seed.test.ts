import { ConflictError, computeMedian, pickRating } from '@lagesbild/domain';
import { asc, eq, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database, type DatabaseHandle } from '../client';
import { migrateDatabase } from '../migrate';
import * as schema from '../schema/index';
import { openTestDatabase } from '../testing/test-db';
import { loadCapacityForm } from '../repositories/capacity';
import { loadRoundProgress } from '../repositories/rounds';
import { isDatabaseEmpty, seedDemo } from './index';

const { areas, assessmentHistory, assessments, capabilities, levelDescriptors, rounds, units } =
  schema;

/** Every assessment of the closed rounds with the codes a reader would use, in a stable order. */
async function readAssessments(db: Database) {
  return db
    .select({
      roundCode: rounds.code,
      unitSlug: units.slug,
      capabilityCode: capabilities.code,
      areaCode: areas.code,
      selfRating: assessments.selfRating,
      validatedRating: assessments.validatedRating,
      notApplicable: assessments.notApplicable,
      version: assessments.version,
      updatedAt: assessments.updatedAt,
      updatedBy: assessments.updatedBy,
      id: assessments.id,
    })
    .from(assessments)
    .innerJoin(rounds, eq(rounds.id, assessments.roundId))
    .innerJoin(units, eq(units.id, assessments.unitId))
    .innerJoin(capabilities, eq(capabilities.id, assessments.capabilityId))
    .innerJoin(areas, eq(areas.id, capabilities.areaId))
    .where(eq(rounds.status, 'closed'))
    .orderBy(asc(units.sortOrder), asc(capabilities.sortOrder), asc(rounds.startsOn));
}

type Row = Awaited<ReturnType<typeof readAssessments>>[number];

/** The rows of one (unit, capability) pair, oldest round first. */
function groupByPair(rows: Row[]): Row[][] {
  const pairs = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.unitSlug}/${row.capabilityCode}`;
    pairs.set(key, [...(pairs.get(key) ?? []), row]);
  }
  return [...pairs.values()];
}

/** Every row of every table, ordered, as one comparable value. */
async function readAllTables(db: Database): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const [name, table] of Object.entries(schema)) {
    if (!is(table, PgTable)) continue;
    const rows = await db.select().from(table as typeof assessments);
    result[name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return result;
}

// The PostgreSQL project needs no second PGlite run: the template it clones was seeded the same way.
describe.skipIf(inject('testTemplate').kind === 'postgres')(
  'seedDemo on an empty in-memory PGlite',
  () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await openDatabase({ kind: 'pglite' });
      await migrateDatabase(handle);
    });
    afterAll(() => handle.close());

    it('seeds an empty database and reports what it wrote', async () => {
      expect(await isDatabaseEmpty(handle.db)).toBe(true);
      const summary = await seedDemo(handle.db);

      expect(summary).toMatchObject({ units: 14, areas: 10, rounds: 9 });
      expect(summary.capabilities).toBeGreaterThanOrEqual(38);
      // Eight closed rounds and the open one, every unit × capability in each.
      expect(summary.assessments).toBe(14 * summary.capabilities * 9);
      expect(await handle.db.$count(assessments)).toBe(summary.assessments);
      expect(await handle.db.$count(assessmentHistory)).toBe(summary.history);
      expect(await isDatabaseEmpty(handle.db)).toBe(false);
    });
  },
);

describe('the seeded demo data', () => {
  let handle: DatabaseHandle;
  let rows: Row[];
  beforeAll(async () => {
    handle = await openTestDatabase();
    rows = await readAssessments(handle.db);
  });
  afterAll(() => handle.close());

  it('gives every area 3–5 capabilities and every capability five distinct descriptors', async () => {
    const areaRows = await handle.db.select().from(areas).orderBy(asc(areas.sortOrder));
    expect(areaRows.map((a) => a.code)).toEqual([
      'informationshantering',
      'samverkan',
      'digital-sakerhet',
      'ai',
      'it-juridik',
      'testverksamhet',
      'arkitektur-och-integration',
      'infrastruktur-och-drift',
      'digital-kompetens',
      'nyttorealisering',
    ]);
    const capabilityRows = await handle.db.select().from(capabilities);
    for (const area of areaRows) {
      const count = capabilityRows.filter((c) => c.areaId === area.id).length;
      expect(count, area.code).toBeGreaterThanOrEqual(3);
      expect(count, area.code).toBeLessThanOrEqual(5);
    }
    const descriptors = await handle.db.select().from(levelDescriptors);
    for (const capability of capabilityRows) {
      const texts = descriptors.filter((d) => d.capabilityId === capability.id);
      expect(texts.map((d) => d.level).sort(), capability.code).toEqual([1, 2, 3, 4, 5]);
      expect(new Set(texts.map((d) => d.descriptor)).size).toBe(5);
      expect(capability.description).not.toBe('');
    }
  });

  it('has quarterly, closed rounds from 2024-K4 to 2026-K3', async () => {
    const roundRows = await handle.db
      .select()
      .from(rounds)
      .where(eq(rounds.status, 'closed'))
      .orderBy(asc(rounds.startsOn));
    expect(roundRows.map((r) => r.code)).toEqual([
      '2024-K4',
      '2025-K1',
      '2025-K2',
      '2025-K3',
      '2025-K4',
      '2026-K1',
      '2026-K2',
      '2026-K3',
    ]);
    expect(roundRows[0]).toMatchObject({ startsOn: '2024-10-01', endsOn: '2024-12-31' });
    expect(roundRows[7]).toMatchObject({ startsOn: '2026-07-01', endsOn: '2026-09-30' });
    expect(roundRows.every((r) => r.status === 'closed')).toBe(true);
  });

  it('rates within 1–5, and not-applicable pairs have no rating in any round', () => {
    for (const row of rows) {
      if (row.notApplicable) {
        expect(row.selfRating).toBeNull();
        expect(row.validatedRating).toBeNull();
      } else {
        expect(row.selfRating).toBeGreaterThanOrEqual(1);
        expect(row.selfRating).toBeLessThanOrEqual(5);
      }
    }
    const pairs = groupByPair(rows);
    const notApplicable = pairs.filter((p) => p[0]!.notApplicable);
    expect(notApplicable.every((p) => p.every((r) => r.notApplicable))).toBe(true);
    expect(notApplicable.length / pairs.length).toBeGreaterThanOrEqual(0.03);
    expect(notApplicable.length / pairs.length).toBeLessThanOrEqual(0.05);
  });

  it('tells the story: informationshantering rises, something falls, nothing jumps', () => {
    const medianOf = (roundCode: string, areaCode: string) =>
      computeMedian(
        rows
          .filter((r) => r.roundCode === roundCode && r.areaCode === areaCode)
          .map((r) => pickRating(r))
          .filter((v): v is number => v !== null)
          .sort((a, b) => a - b),
      );
    expect(medianOf('2026-K3', 'informationshantering')).toBeGreaterThan(
      medianOf('2024-K4', 'informationshantering'),
    );
    expect(medianOf('2024-K4', 'ai')).toBeLessThanOrEqual(2);

    let falls = 0;
    for (const pair of groupByPair(rows)) {
      for (let i = 1; i < pair.length; i++) {
        const [before, after] = [pair[i - 1]!, pair[i]!];
        for (const basis of ['self', 'validated', 'effective'] as const) {
          const [from, to] = [pickRating(before, basis), pickRating(after, basis)];
          if (from !== null && to !== null) expect(Math.abs(to - from)).toBeLessThanOrEqual(1);
        }
        if (after.selfRating !== null && after.selfRating < before.selfRating!) falls += 1;
      }
    }
    expect(falls).toBeGreaterThan(0);
  });

  it('has ITD validate most ratings as given, lower some, and leave the newest round partly open', () => {
    const rated = rows.filter((r) => !r.notApplicable);
    const validated = rated.filter((r) => r.validatedRating !== null);
    const lowered = validated.filter((r) => r.validatedRating! < r.selfRating!).length;
    expect(lowered / validated.length).toBeGreaterThan(0.1);
    expect(lowered / validated.length).toBeLessThan(0.2);
    const open = rated.filter((r) => r.validatedRating === null);
    expect(open.every((r) => r.roundCode === '2026-K3')).toBe(true);
    const newest = rated.filter((r) => r.roundCode === '2026-K3');
    expect(open.length / newest.length).toBeGreaterThan(0.1);
    expect(open.length / newest.length).toBeLessThan(0.3);
  });

  it('keeps a history whose last entry is the assessment as it stands', async () => {
    const history = await handle.db
      .select()
      .from(assessmentHistory)
      .orderBy(asc(assessmentHistory.assessmentId), asc(assessmentHistory.version));
    const lastById = new Map(history.map((h) => [h.assessmentId, h]));
    for (const row of rows) {
      const last = lastById.get(row.id)!;
      expect(last.version).toBe(row.version);
      expect(last.changedAt).toBe(row.updatedAt);
      expect(last.changedBy).toBe(row.updatedBy);
      expect(row.version).toBe(row.validatedRating === null ? 1 : 2);
    }
    const first = history.find((h) => h.version === 1)!;
    expect(first.changedBy).toMatch(/^Rapportör, /);
    expect(first.changes.some((c) => c.field === 'selfRating' && c.from === null)).toBe(true);
  });
});

describe('the current round of the demo', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(() => handle.close());

  it('is open until 11 December, with units in every state and the test reporters not started', async () => {
    const progress = await loadRoundProgress(handle.db, 'malmo', '2026-K4', '2026-11-27');
    expect(progress.round).toMatchObject({ status: 'open', deadline: '2026-12-11' });
    const states = Object.fromEntries(progress.units.map((u) => [u.unitSlug, u.state]));
    expect(states).toMatchObject({
      itd: 'validated',
      stadskontoret: 'submitted',
      fritidsforvaltningen: 'returned',
      forskoleforvaltningen: 'draft',
      miljoforvaltningen: 'notStarted',
      kulturforvaltningen: 'notStarted',
    });
    const draft = progress.units.find((u) => u.unitSlug === 'forskoleforvaltningen')!;
    expect(draft.answered).toBeGreaterThan(0);
    expect(draft.answered).toBeLessThan(draft.total);
    expect(progress.units.find((u) => u.unitSlug === 'stadskontoret')!.answered).toBe(draft.total);
    expect(progress.units.some((u) => u.late)).toBe(false);
    const afterDeadline = await loadRoundProgress(handle.db, 'malmo', '2026-K4', '2026-12-12');
    expect(afterDeadline.units.filter((u) => u.late).map((u) => u.unitSlug)).toContain(
      'miljoforvaltningen',
    );
  });
});

describe('the demo capacity', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(() => handle.close());

  it('has every unit report capacity in the last two closed rounds, with demand on AI growing fastest', async () => {
    const form = await loadCapacityForm(handle.db, 'malmo', '2026-K3', 'grundskoleforvaltningen');
    expect(form.report).not.toBeNull();
    expect(form.previous?.roundCode).toBe('2026-K2');
    const report = form.report!;
    expect(report.competences).toHaveLength(8);
    expect(report.baseRequirements.length).toBe(form.capabilities.length);
    const demandOf = (area: string, year: number) =>
      report.demand.find((d) => d.area === area && d.year === year)!.fte;
    const growth = (area: string) => demandOf(area, 2030) / Math.max(demandOf(area, 2026), 0.25);
    expect(growth('ai-och-data')).toBeGreaterThan(growth('systemforvaltning'));
    const itd = await loadCapacityForm(handle.db, 'malmo', '2026-K4', 'itd');
    expect(itd.report?.planningFte).toBe(8);
    const notStarted = await loadCapacityForm(handle.db, 'malmo', '2026-K4', 'miljoforvaltningen');
    expect(notStarted.report).toBeNull();
  });
});

describe('seedDemo on a database that has data', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(() => handle.close());

  it('refuses to seed without reset and leaves the data alone', async () => {
    const before = await handle.db.$count(assessments);
    await expect(seedDemo(handle.db)).rejects.toBeInstanceOf(ConflictError);
    expect(await handle.db.$count(assessments)).toBe(before);
  });

  it('re-seeds with reset to exactly the same rows, ids and timestamps included', async () => {
    const before = await readAllTables(handle.db);
    const summary = await seedDemo(handle.db, { reset: true });
    const after = await readAllTables(handle.db);
    expect(after).toEqual(before);
    expect(after.assessments).toHaveLength(summary.assessments);
  });
});
