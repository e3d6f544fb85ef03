import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './client';
import { migrateDatabase, migrationsFolder } from './migrate';

interface Journal {
  entries: { idx: number; tag: string; when: number }[];
}

const readJournal = async (folder: string) =>
  JSON.parse(await readFile(join(folder, 'meta/_journal.json'), 'utf8')) as Journal;

describe('the committed migrations', () => {
  it('are numbered in order, each with its SQL file, and dated one after another', async () => {
    const { entries } = await readJournal(migrationsFolder);
    const files = (await readdir(migrationsFolder)).filter((f) => f.endsWith('.sql')).sort();
    expect(entries.map((e) => e.idx)).toEqual(entries.map((_, i) => i));
    expect(entries.map((e) => `${e.tag}.sql`)).toEqual(files);
    for (const [i, e] of entries.entries()) {
      expect(e.tag.startsWith(String(i).padStart(4, '0'))).toBe(true);
      if (i > 0) expect(e.when).toBeGreaterThan(entries[i - 1]!.when);
    }
  });
});

// Schema history is the same on both engines; once on the embedded one is enough.
describe.skipIf(inject('testTemplate').kind === 'postgres')(
  'upgrading from the first release',
  () => {
    let folder: string;
    let handle: DatabaseHandle;
    beforeAll(async () => {
      // The migrations as the first release shipped them: only 0000.
      folder = await mkdtemp(join(tmpdir(), 'lb-first-schema-'));
      await cp(migrationsFolder, folder, { recursive: true });
      const journal = await readJournal(folder);
      await writeFile(
        join(folder, 'meta/_journal.json'),
        JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }),
      );
      handle = await openDatabase({ kind: 'pglite' });
      await migrateDatabase(handle, folder);
    });
    afterAll(async () => {
      await handle.close();
      await rm(folder, { recursive: true, force: true });
    });

    it('keeps every row written at the first schema and shows them on the dashboards', async () => {
      const db = handle.db;
      // A city at the first schema: one unit, one area with two capabilities, one closed round.
      await db.execute(sql`insert into organisations (slug, name) values ('lund', 'Lunds kommun')`);
      await db.execute(
        sql`insert into boards (organisation_id, name) values (1, 'Kommunstyrelsen')`,
      );
      await db.execute(sql`insert into units (organisation_id, board_id, slug, name, kind)
      values (1, 1, 'itd', 'IT-avdelningen', 'itd'), (1, 1, 'skola', 'Skolförvaltningen', 'department')`);
      await db.execute(
        sql`insert into frameworks (organisation_id, slug, name) values (1, 'ramverk', 'Ramverk')`,
      );
      await db.execute(sql`insert into scale_steps (framework_id, level, name)
      select 1, l, 'Nivå ' || l from generate_series(1, 5) l`);
      await db.execute(
        sql`insert into areas (framework_id, code, name) values (1, 'styrning', 'Styrning')`,
      );
      await db.execute(sql`insert into capabilities (framework_id, area_id, code, name)
      values (1, 1, 'strategi', 'Strategi'), (1, 1, 'portfolj', 'Portfölj')`);
      await db.execute(sql`insert into rounds (organisation_id, framework_id, code, starts_on, ends_on, status)
      values (1, 1, '2025-K4', '2025-10-01', '2025-12-31', 'closed')`);
      await db.execute(sql`insert into assessments
      (round_id, unit_id, capability_id, self_rating, validated_rating, comment, updated_by)
      values (1, 1, 1, 3, 3, 'Tydlig strategi', 'ITD'), (1, 1, 2, 2, null, null, 'ITD'),
             (1, 2, 1, 4, 3, 'Sänkt av ITD', 'Skola'), (1, 2, 2, 1, null, null, 'Skola')`);
      const before = await db.execute(sql`select * from assessments order by id`);

      await migrateDatabase(handle);

      const after = await db.execute(sql`select * from assessments order by id`);
      const rowsOf = (r: unknown) => (r as { rows: Record<string, unknown>[] }).rows;
      expect(rowsOf(after)).toHaveLength(4);
      // Every column the first schema had keeps its value; later columns only add.
      for (const [i, row] of rowsOf(before).entries()) {
        expect(rowsOf(after)[i]).toMatchObject(row);
      }
      const applied = await db.execute(
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      expect(rowsOf(applied)[0]?.n).toBe((await readJournal(migrationsFolder)).entries.length);
      // The upgrade fills the dashboards' roll-ups from the data already there.
      const rollups = await db.execute(sql`
      select u.slug, r.effective_1, r.effective_2, r.effective_3, r.total
      from unit_area_rollups r join units u on u.id = r.unit_id order by u.slug`);
      expect(rowsOf(rollups)).toEqual([
        { slug: 'itd', effective_1: 0, effective_2: 1, effective_3: 1, total: 2 },
        { slug: 'skola', effective_1: 1, effective_2: 0, effective_3: 1, total: 2 },
      ]);
    });
  },
);
