import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataFolderInUseError, openDatabase, type DatabaseHandle } from '@lagesbild/db/client';
import { repositoryRoot, type Env } from './env';

/**
 * The database the server is configured for, opened as it is: no migration, no demo seed. On
 * PostgreSQL through the schema owner when there is one, since a restore creates the tables.
 */
export async function openConfiguredDatabase(
  env: Env,
  { mustExist }: { mustExist: boolean },
): Promise<DatabaseHandle> {
  const url = env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL;
  // Two connections: the migrator holds its lock on one and migrates on the other.
  if (url) return openDatabase({ kind: 'postgres', url, poolSize: 2 });
  const dataDir = resolve(repositoryRoot, env.DATA_DIR);
  // A mistyped DATA_DIR would otherwise yield a new, empty database and an empty backup of it.
  if (mustExist) {
    await access(dataDir).catch(() => {
      throw new Error(`No embedded database at ${dataDir}; check DATA_DIR.`);
    });
  }
  return openDatabase({ kind: 'pglite', dataDir });
}

/** What an operator reads when a command fails: one plain line, never a stack. */
export function describeFailure(error: unknown, command: string): string {
  if (error instanceof DataFolderInUseError && error.holder === 'lagesbild') {
    return (
      `The data folder ${error.dataDir} is in use by a running Lägesbild server (pid ${error.pid}). ` +
      `Stop the server, then run pnpm ${command} again.`
    );
  }
  return error instanceof Error ? error.message : String(error);
}
