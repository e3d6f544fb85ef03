import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../client';
import { migrateDatabase } from '../migrate';
import { seedDemo } from '../seed/index';

/** Where tests find their initialised database: a PGlite dump file or a PostgreSQL template database. */
export type TestTemplate =
  | { kind: 'pglite'; dumpFile: string }
  | { kind: 'postgres'; adminUrl: string; templateName: string; prefix: string };

declare module 'vitest' {
  export interface ProvidedContext {
    testTemplate: TestTemplate;
  }
}

async function prepare(handle: DatabaseHandle): Promise<void> {
  await migrateDatabase(handle);
  await seedDemo(handle.db);
}

/** Builds the one migrated, seeded database a test process clones for each test file. */
export async function createTemplate(
  prefix: string,
  url: string | undefined,
): Promise<{ template: TestTemplate; dispose(): Promise<void> }> {
  if (!url) {
    const handle = await openDatabase({ kind: 'pglite' });
    await prepare(handle);
    const dump = await handle.pglite!.dumpDataDir('none');
    await handle.close();
    const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
    const dumpFile = join(dir, 'template.tar');
    await writeFile(dumpFile, Buffer.from(await dump.arrayBuffer()));
    return {
      template: { kind: 'pglite', dumpFile },
      dispose: () => rm(dir, { recursive: true, force: true }),
    };
  }

  // Every database of this run is named after its process, so runs side by side on one server (CI and
  // a developer, two worktrees) never drop each other's; a run that died leaves its own to the next.
  const run = `${prefix}_${process.pid}`;
  const templateName = `${run}_tpl`;
  await dropDatabases(url, (name) => isLeftover(name, prefix));
  await adminQuery(url, `create database ${templateName}`);
  const handle = await openDatabase({ kind: 'postgres', url: withDatabase(url, templateName) });
  await prepare(handle);
  await handle.close();
  return {
    template: { kind: 'postgres', adminUrl: url, templateName, prefix: run },
    dispose: () => dropDatabases(url, (name) => name.startsWith(`${run}_`)),
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A database of an earlier run of this project whose process is gone. */
function isLeftover(name: string, prefix: string): boolean {
  if (!name.startsWith(`${prefix}_`)) return false;
  const pid = /^(\d+)_/.exec(name.slice(prefix.length + 1))?.[1];
  return pid !== undefined && !isRunning(Number(pid));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Drops the test databases `which` picks (names are ours, never a user's). */
async function dropDatabases(url: string, which: (name: string) => boolean): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like 'lbtest%'",
    );
    for (const { datname } of rows.filter((row) => which(row.datname)))
      await client.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}
