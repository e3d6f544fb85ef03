import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { initialiseDataFolder, inspectDataFolder } from './data-folder-init';
import { lockDataFolder, type LockOptions } from './data-folder-lock';
import * as schema from './schema/index';

export type Schema = typeof schema;
/** The one database type the rest of the code sees, whichever engine is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** PGlite client, present only on the embedded engine (for dumps and the migrator). */
  pglite?: PGlite;
  /** pg pool, present only on a PostgreSQL server. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | {
      kind: 'postgres';
      url: string;
      poolSize?: number;
      /** How long a request waits for a free connection before it fails (default 5 s). */
      connectionTimeoutMs?: number;
    }
  | {
      kind: 'pglite';
      dataDir?: string;
      loadDataDir?: Blob | File;
      /** The caller holds the folder's lock already (a first start, which moves the folder). */
      lockHeld?: boolean;
      /** Told when a stale lock on the data folder is taken over. */
      log?: (message: string) => void;
    };

/** Opens PGlite in a data folder (or in memory) or a pool on a PostgreSQL server: same schema, same SQL. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      // Fail fast when the pool is exhausted or the server is away, rather than queue without end.
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    });
    // An idle client losing its server must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    const db = drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Database;
    return { db, kind: 'postgres', pool, close: () => pool.end() };
  }
  let unlock = async () => {};
  if (options.dataDir) {
    // PGlite would run initdb over whatever files are there: refuse a folder that is not ours.
    await inspectDataFolder(options.dataDir);
    await mkdir(options.dataDir, { recursive: true });
    if (!options.lockHeld) unlock = await lockDataFolder(options.dataDir, { log: options.log });
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  } catch (err) {
    await unlock();
    throw err;
  }
  yieldBeforeEachQuery(pglite);
  const db = drizzlePglite({ client: pglite, schema, casing: 'snake_case' }) as unknown as Database;
  const close = async () => {
    await pglite.close();
    await unlock();
  };
  return { db, kind: 'pglite', pglite, close };
}

/**
 * PGlite runs a query on the main thread and resolves it without giving the event loop a turn, so a
 * request awaiting many queries in a row held every other request (even a static file) until it
 * ended. One macrotask turn before each query lets them in between (bench target 8, bench/RESULTS.md).
 */
function yieldBeforeEachQuery(pglite: PGlite): void {
  const query = pglite.query.bind(pglite);
  pglite.query = (async (...args: Parameters<PGlite['query']>) => {
    await new Promise((resolve) => setImmediate(resolve));
    return query(...args);
  }) as PGlite['query'];
}

/**
 * Opens the embedded database in its data folder and runs `prepare` (migrations, demo seed) on it.
 * On a first start the database is built and prepared elsewhere and moved into place once complete,
 * so a crash part-way leaves nothing a later start would mistake for a finished database.
 */
export async function openDataFolder(
  dataDir: string,
  prepare: (handle: DatabaseHandle) => Promise<void>,
  options: LockOptions = {},
): Promise<{ handle: DatabaseHandle; created: boolean }> {
  const created = (await inspectDataFolder(dataDir)) === 'new';
  if (created) {
    await initialiseDataFolder(
      dataDir,
      async (stagingDir) => {
        const staged = await openDatabase({ kind: 'pglite', dataDir: stagingDir, lockHeld: true });
        try {
          await prepare(staged);
        } finally {
          await staged.close();
        }
      },
      options,
    );
  }
  const handle = await openDatabase({ kind: 'pglite', dataDir, log: options.log });
  if (!created) {
    try {
      await prepare(handle);
    } catch (err) {
      await handle.close();
      throw err;
    }
  }
  return { handle, created };
}

export { schema };
export { DataFolderInUseError, lockDataFolder } from './data-folder-lock';
export { DataFolderNotADatabaseError } from './data-folder-init';
export { isStorageFailure } from './storage-failure';
