import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { DatabaseHandle } from './client';

/** The committed migrations, found through the package so it works from source and from a bundle. */
export const migrationsFolder = join(
  dirname(createRequire(import.meta.url).resolve('@lagesbild/db/package.json')),
  'drizzle',
);

// Any fixed number: servers starting together on one PostgreSQL migrate one at a time.
const MIGRATION_LOCK = 7_342_001;

export async function migrateDatabase(
  handle: DatabaseHandle,
  folder = migrationsFolder,
): Promise<void> {
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    return;
  }
  const client = await handle.pool!.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrateNodePg(handle.db as unknown as NodePgDatabase, { migrationsFolder: folder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

export interface MigrationState {
  applied: number;
  available: number;
  upToDate: boolean;
}

/** How many committed migrations exist and how many this database has applied. */
export async function readMigrationState(
  handle: DatabaseHandle,
  folder = migrationsFolder,
): Promise<MigrationState> {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  const applied = await handle.db
    .execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
    .then((r) => Number((r as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0))
    .catch(() => 0);
  return {
    applied,
    available: journal.entries.length,
    upToDate: applied === journal.entries.length,
  };
}
