import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../client';
import { migrateDatabase, migrationsFolder, readMigrationState } from '../migrate';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupRefusedError,
  backupHeaderSchema,
  parseLine,
  readLines,
  tableMarkerSchema,
  trailerSchema,
  type BackupHeader,
} from './backup-file';
import {
  listSequenceColumns,
  listTablesInLoadOrder,
  listWritableColumns,
  quoteIdentifier,
  selectRows,
  type Executor,
} from './catalog';
import { verifyAuditChain } from '../repositories/audit-chain';
import type { BackupSummary } from './write-backup';

/** Rows per insert, and a ceiling on the JSON one insert carries, so memory stays bounded. */
const BATCH_ROWS = 500;
const BATCH_BYTES = 8 * 1024 * 1024;

/**
 * Loads a backup into an empty instance: migrates it to the backup's schema, loads every table in one
 * transaction (a failure anywhere leaves the target as empty as it was), moves every sequence past the
 * restored ids, then migrates on to the current schema when the backup is older.
 */
export async function restoreBackup(
  handle: DatabaseHandle,
  input: Readable,
  folder = migrationsFolder,
): Promise<BackupSummary> {
  const lines = readLines(input)[Symbol.asyncIterator]();
  const nextLine = async () => {
    const next = await lines.next();
    return next.done ? undefined : next.value;
  };
  try {
    const header = parseHeader(await nextLine());
    const upgrade = await migrateToBackupLevel(handle, header, folder);
    await refuseUnlessEmpty(handle.db);
    const tables = await loadTables(handle, header, nextLine);
    if (upgrade) await migrateDatabase(handle, folder);
    return { migrations: header.migrations, tables };
  } finally {
    await lines.return?.(undefined);
  }
}

function parseHeader(line: string | undefined): BackupHeader {
  const looksLikeOurs = parseLine(line, backupHeaderSchema.partial(), 'header');
  if (looksLikeOurs.format !== BACKUP_FORMAT) {
    throw new BackupRefusedError('This file is not a Lägesbild backup.');
  }
  const header = parseLine(line, backupHeaderSchema, 'header');
  if (header.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupRefusedError(
      'This backup was made by a newer Lägesbild (file format ' +
        `${header.formatVersion}); upgrade Lägesbild, then restore it.`,
    );
  }
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupRefusedError(`Unknown backup file format ${header.formatVersion}.`);
  }
  return header;
}

/** Returns whether the target must migrate further once the older backup is loaded. */
async function migrateToBackupLevel(
  handle: DatabaseHandle,
  header: BackupHeader,
  folder: string,
): Promise<boolean> {
  const state = await readMigrationState(handle, folder);
  if (header.migrations > state.available) {
    throw new BackupRefusedError(
      `This backup was made by a newer Lägesbild (schema ${header.migrations}, this version knows ` +
        `${state.available}); upgrade Lägesbild, then restore it.`,
    );
  }
  if (state.applied > header.migrations) {
    throw new BackupRefusedError(
      `The target's schema (${state.applied}) is newer than the backup's (${header.migrations}); ` +
        'restore an older backup only into a new, never-started instance.',
    );
  }
  if (header.migrations === state.available) {
    await migrateDatabase(handle, folder);
    return false;
  }
  const partial = await copyMigrationsUpTo(folder, header.migrations);
  try {
    await migrateDatabase(handle, partial);
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
  return true;
}

/** The committed migrations as an older release shipped them: the first `count` only. */
async function copyMigrationsUpTo(folder: string, count: number): Promise<string> {
  const partial = await mkdtemp(join(tmpdir(), 'lagesbild-restore-migrations-'));
  await cp(folder, partial, { recursive: true });
  const journalFile = join(partial, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: unknown[] };
  await writeFile(
    journalFile,
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }),
  );
  return partial;
}

/** Whether any table of schema public holds a row. */
export async function hasAnyRows(db: Executor): Promise<boolean> {
  for (const table of await listTablesInLoadOrder(db)) {
    const [row] = await selectRows<{ found: boolean }>(
      db,
      sql.raw(`select exists (select 1 from public.${quoteIdentifier(table)}) as found`),
    );
    if (row?.found) return true;
  }
  return false;
}

async function refuseUnlessEmpty(db: Executor): Promise<void> {
  if (await hasAnyRows(db)) {
    throw new BackupRefusedError(
      'The target database already has data; restore only into an empty instance. Nothing was changed.',
    );
  }
}

async function loadTables(
  handle: DatabaseHandle,
  header: BackupHeader,
  nextLine: () => Promise<string | undefined>,
): Promise<BackupSummary['tables']> {
  try {
    return await handle.db.transaction(async (tx) => {
      const known = new Set(await listTablesInLoadOrder(tx));
      const unknown = header.tables.filter((t) => !known.has(t));
      if (unknown.length > 0) {
        throw new BackupRefusedError(
          `The backup holds tables this schema lacks (${unknown.join(', ')}); nothing was restored.`,
        );
      }
      const chained = await hasAuditChain(tx);
      // The backup's entries keep the chain they carry, so the check below judges them as they are.
      if (chained)
        await tx.execute(sql.raw('alter table audit_log disable trigger audit_log_chain'));
      const loaded: BackupSummary['tables'] = [];
      for (const expected of header.tables) {
        const marker = parseLine(await nextLine(), tableMarkerSchema, `table ${expected}`);
        if (marker.table !== expected) {
          throw new BackupRefusedError(
            `The backup file is out of order (found ${marker.table}, expected ${expected}); nothing was restored.`,
          );
        }
        await loadTable(tx, marker, nextLine);
        loaded.push({ table: marker.table, rows: marker.rows });
      }
      const trailer = parseLine(await nextLine(), trailerSchema, 'closing line');
      const mismatch = loaded.find((t) => trailer.counts[t.table] !== t.rows);
      if (mismatch) {
        throw new BackupRefusedError(
          `The backup file's counts disagree for ${mismatch.table}; nothing was restored.`,
        );
      }
      if (chained) {
        await tx.execute(sql.raw('alter table audit_log enable trigger audit_log_chain'));
        await refuseBrokenAuditChain(tx);
      }
      await moveSequencesPastRestoredIds(tx);
      return loaded;
    });
  } catch (error) {
    if (error instanceof BackupRefusedError) throw error;
    throw new BackupRefusedError(
      `The backup could not be loaded (${(error as Error).message}); nothing was restored.`,
    );
  }
}

async function loadTable(
  tx: Executor,
  marker: { table: string; rows: number },
  nextLine: () => Promise<string | undefined>,
): Promise<void> {
  const columns = (await listWritableColumns(tx, marker.table)).map(quoteIdentifier).join(', ');
  const name = `public.${quoteIdentifier(marker.table)}`;
  let batch: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    // Identity columns keep the backup's ids; the one statement works alike on PGlite and PostgreSQL.
    await tx.execute(
      sql`insert into ${sql.raw(name)} (${sql.raw(columns)}) overriding system value
          select ${sql.raw(columns)} from jsonb_populate_recordset(null::${sql.raw(name)}, ${`[${batch.join(',')}]`}::jsonb)`,
    );
    batch = [];
    bytes = 0;
  };
  for (let i = 0; i < marker.rows; i++) {
    const line = await nextLine();
    if (line === undefined || !line.startsWith('{')) {
      throw new BackupRefusedError(
        `The backup file ends inside table ${marker.table}; nothing was restored.`,
      );
    }
    batch.push(line);
    bytes += line.length;
    if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
  }
  await flush();
}

/** Whether this schema has the audit chain (migration 0012); a backup older than it gets one when migrated on. */
async function hasAuditChain(tx: Executor): Promise<boolean> {
  const [row] = await selectRows<{ found: boolean }>(
    tx,
    sql`select exists (select 1 from pg_trigger where tgname = 'audit_log_chain') as found`,
  );
  return row?.found === true;
}

/** A backup whose audit log was edited, cut short inside or added to is refused before the load commits. */
async function refuseBrokenAuditChain(tx: Executor): Promise<void> {
  const { firstBroken } = await verifyAuditChain(tx);
  if (firstBroken !== null) {
    throw new BackupRefusedError(
      `The backup's audit log has been changed (its chain breaks at entry ${firstBroken}); nothing was restored.`,
    );
  }
}

/** New rows after a restore must get new ids, not collide with restored ones. */
async function moveSequencesPastRestoredIds(tx: Executor): Promise<void> {
  for (const { table, column } of await listSequenceColumns(tx)) {
    const name = `public.${quoteIdentifier(table)}`;
    await tx.execute(
      sql`select setval(pg_get_serial_sequence(${name}, ${column}),
                        coalesce(max(${sql.raw(quoteIdentifier(column))}), 0) + 1, false)
          from ${sql.raw(name)}`,
    );
  }
}
