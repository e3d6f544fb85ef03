import type { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../client';
import { readMigrationState } from '../migrate';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  openLineWriter,
  type BackupHeader,
} from './backup-file';
import {
  listPrimaryKey,
  listTablesInLoadOrder,
  quoteIdentifier,
  selectRows,
  type Executor,
} from './catalog';

/** Rows fetched per round trip: memory stays bounded however large a table grows. */
const FETCH_SIZE = 1_000;

export interface BackupOptions {
  /** Leave out who is signed in (the sessions, and sign-ins under way): a restore then asks everyone to sign in. */
  withoutSessions?: boolean;
}

/** What a backup without sessions leaves empty: live sign-ins, never the city's data. */
const SESSION_TABLES = new Set(['sessions', 'oidc_logins', 'pending_sign_ins']);

export interface BackupSummary {
  migrations: number;
  tables: { table: string; rows: number }[];
}

/**
 * Writes every table of schema public to `output` as one gzip'd JSON-lines file. One REPEATABLE READ
 * READ ONLY transaction: the file is one moment of the database, even while a server keeps writing.
 */
export async function writeBackup(
  handle: DatabaseHandle,
  output: Writable,
  now: () => Date = () => new Date(),
  options: BackupOptions = {},
): Promise<BackupSummary> {
  const { applied } = await readMigrationState(handle);
  // A mistyped address or folder reaches a database Lägesbild never set up: say so, not back up nothing.
  if (applied === 0)
    throw new Error('This database holds no Lägesbild schema; nothing to back up.');
  const writer = openLineWriter(output);
  try {
    const tables = await handle.db.transaction(
      async (tx) => {
        // Times in the file read alike whichever server or machine made it.
        await tx.execute(sql.raw(`set local time zone 'UTC'`));
        const names = await listTablesInLoadOrder(tx);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          formatVersion: BACKUP_FORMAT_VERSION,
          createdAt: now().toISOString(),
          migrations: applied,
          tables: names,
        };
        await writer.writeLine(JSON.stringify(header));
        const counted: BackupSummary['tables'] = [];
        for (const table of names) {
          const skip = options.withoutSessions === true && SESSION_TABLES.has(table);
          counted.push({ table, rows: await writeTable(tx, table, writer.writeLine, skip) });
        }
        return counted;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    const counts = Object.fromEntries(tables.map((t) => [t.table, t.rows]));
    await writer.writeLine(JSON.stringify({ end: true, counts }));
    await writer.finish();
    return { migrations: applied, tables };
  } catch (error) {
    writer.abort(error as Error);
    throw error;
  }
}

/** One table's marker and rows, read through a cursor in primary-key order. */
async function writeTable(
  tx: Executor,
  table: string,
  writeLine: (line: string) => Promise<void>,
  skip = false,
): Promise<number> {
  if (skip) {
    await writeLine(JSON.stringify({ table, rows: 0 }));
    return 0;
  }
  const name = quoteIdentifier(table);
  const [{ n }] = (await selectRows<{ n: string | number }>(
    tx,
    sql.raw(`select count(*) as n from public.${name}`),
  )) as [{ n: string | number }];
  const rows = Number(n);
  await writeLine(JSON.stringify({ table, rows }));
  const key = await listPrimaryKey(tx, table);
  // Without a primary key the whole row is the order: still the same file for the same data.
  const order = key.length > 0 ? key.map(quoteIdentifier).join(', ') : 't::text';
  await tx.execute(
    sql.raw(
      `declare backup_rows no scroll cursor for
       select to_jsonb(t)::text as line from public.${name} t order by ${order}`,
    ),
  );
  let written = 0;
  for (;;) {
    const batch = await selectRows<{ line: string }>(
      tx,
      sql.raw(`fetch ${FETCH_SIZE} from backup_rows`),
    );
    for (const { line } of batch) await writeLine(line);
    written += batch.length;
    if (batch.length < FETCH_SIZE) break;
  }
  await tx.execute(sql.raw('close backup_rows'));
  if (written !== rows) {
    throw new Error(`table ${table} changed during the backup: counted ${rows}, read ${written}`);
  }
  return rows;
}
