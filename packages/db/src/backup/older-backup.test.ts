import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../client';
import { migrateDatabase, migrationsFolder, readMigrationState } from '../migrate';
import { restoreBackup, writeBackup } from './index';

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

// Schema history is the same on both engines; once on the embedded one is enough.
describe.skipIf(inject('testTemplate').kind === 'postgres')(
  'a backup made by the first release',
  () => {
    let folder: string;
    let source: DatabaseHandle;
    let target: DatabaseHandle;
    beforeAll(async () => {
      // The first release shipped migration 0000 only.
      folder = await mkdtemp(join(tmpdir(), 'lb-first-release-'));
      await cp(migrationsFolder, folder, { recursive: true });
      const journalFile = join(folder, 'meta/_journal.json');
      const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: unknown[] };
      await writeFile(
        journalFile,
        JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }),
      );
      source = await openDatabase({ kind: 'pglite' });
      await migrateDatabase(source, folder);
      await source.db.execute(
        sql`insert into organisations (slug, name) values ('lund', 'Lunds kommun')`,
      );
      await source.db.execute(
        sql`insert into boards (organisation_id, name) values (1, 'Kommunstyrelsen')`,
      );
      await source.db.execute(sql`insert into units (organisation_id, board_id, slug, name, kind)
        values (1, 1, 'itd', 'IT-avdelningen', 'itd')`);
      await source.db.execute(
        sql`insert into frameworks (organisation_id, slug, name) values (1, 'ramverk', 'Ramverk')`,
      );
      await source.db.execute(
        sql`insert into areas (framework_id, code, name) values (1, 'styrning', 'Styrning')`,
      );
      await source.db.execute(sql`insert into capabilities (framework_id, area_id, code, name)
        values (1, 1, 'strategi', 'Strategi')`);
      await source.db
        .execute(sql`insert into rounds (organisation_id, framework_id, code, starts_on, ends_on, status)
        values (1, 1, '2025-K4', '2025-10-01', '2025-12-31', 'closed')`);
      await source.db.execute(sql`insert into assessments
        (round_id, unit_id, capability_id, self_rating, validated_rating, comment, updated_by)
        values (1, 1, 1, 3, 2, 'Sänkt av ITD', 'ITD')`);
      const file = new PassThrough();
      const chunks: Buffer[] = [];
      file.on('data', (c: Buffer) => chunks.push(c));
      await writeBackup(source, file);
      target = await openDatabase({ kind: 'pglite' });
      const input = new PassThrough();
      input.end(Buffer.concat(chunks));
      await restoreBackup(target, input);
    });
    afterAll(async () => {
      await source?.close();
      await target?.close();
      await rm(folder, { recursive: true, force: true });
    });

    it('restores into the current schema with every row, and fills what later releases added', async () => {
      const state = await readMigrationState(target);
      expect(state.upToDate).toBe(true);
      const before = rowsOf<Record<string, unknown>>(
        await source.db.execute(sql`select * from assessments order by id`),
      );
      const after = rowsOf<Record<string, unknown>>(
        await target.db.execute(sql`select * from assessments order by id`),
      );
      expect(after).toHaveLength(1);
      expect(after[0]).toMatchObject(before[0]!);
      // The upgrade after loading computed the dashboards' roll-ups from the restored assessments.
      const rollups = rowsOf(
        await target.db.execute(sql`select effective_2, total from unit_area_rollups`),
      );
      expect(rollups).toEqual([{ effective_2: 1, total: 1 }]);
    });
  },
);
