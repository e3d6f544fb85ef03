import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import type { SQL } from 'drizzle-orm';
import { openDatabase, type Database, type DatabaseHandle } from '../client';
import { adminQuery, withDatabase } from './template';

let counter = 0;

/**
 * A fresh copy of the seeded demo database for one test file (or one test that writes):
 * PGlite loads the run's dump; PostgreSQL clones the run's template database.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const template = inject('testTemplate');
  if (template.kind === 'pglite') {
    const dump = await readFile(template.dumpFile);
    return openDatabase({ kind: 'pglite', loadDataDir: new Blob([dump]) });
  }
  const name = `${template.prefix}_${Math.random().toString(36).slice(2, 8)}_${++counter}`;
  await adminQuery(template.adminUrl, `create database ${name} template ${template.templateName}`);
  const handle = await openDatabase({
    kind: 'postgres',
    url: withDatabase(template.adminUrl, name),
  });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(template.adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** The `n` of a counting query (`select count(*)::int as n …`), as PGlite and PostgreSQL both answer it. */
export async function countRows(db: Database, query: SQL): Promise<number> {
  const result = (await db.execute(query)) as unknown as { rows: { n: number | string }[] };
  return Number(result.rows[0]!.n);
}
