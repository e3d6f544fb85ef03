import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCK_FILE, lockDataFolder, type LockOptions } from './data-folder-lock';

/**
 * PostgreSQL writes this file while it creates a database folder, so a folder without it holds no
 * database. PGlite's folders have it, and so do those made before first starts became atomic: it is
 * the test, rather than a marker of our own that older folders would lack.
 */
const VERSION_FILE = 'PG_VERSION';

/** The data folder holds files that are not a Lägesbild database: starting on it could destroy them. */
export class DataFolderNotADatabaseError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The data folder ${dataDir} holds files but no Lägesbild database (it has no ${VERSION_FILE}), ` +
        'so Lägesbild will not start on it and has changed nothing in it. Set DATA_DIR to a new or ' +
        'empty folder, or to the folder of an existing Lägesbild database; if this folder held your ' +
        'data, restore it from a backup.',
    );
    this.name = 'DataFolderNotADatabaseError';
  }
}

/**
 * 'new' when there is nothing to keep (no folder, or only a lock file); 'database' when PostgreSQL's
 * files are there. Anything else is refused, before a lock or any other file is written into it.
 */
export async function inspectDataFolder(dataDir: string): Promise<'new' | 'database'> {
  let entries: string[];
  try {
    entries = await readdir(dataDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'new';
    if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw new DataFolderNotADatabaseError(dataDir);
    }
    throw err;
  }
  if (entries.includes(VERSION_FILE)) return 'database';
  if (entries.every((entry) => entry === LOCK_FILE)) return 'new';
  throw new DataFolderNotADatabaseError(dataDir);
}

/** Where a first start builds the database before it is moved into place. */
export const stagingFolderOf = (dataDir: string) => `${dataDir}.initialising`;

/**
 * Builds a new database in a sibling folder and renames it into place, so a crash during the first
 * start leaves either no database or a complete one, never half of one that a later start would take
 * for finished. `build` creates, migrates and seeds the database in the folder it is given, holding
 * that folder's lock, and closes it.
 */
export async function initialiseDataFolder(
  dataDir: string,
  build: (stagingDir: string) => Promise<void>,
  options: LockOptions = {},
): Promise<void> {
  const staging = stagingFolderOf(dataDir);
  await mkdir(staging, { recursive: true });
  // Refuses while another live process is initialising; a lock left by a killed one is taken over.
  const unlock = await lockDataFolder(staging, options);
  try {
    await clearStagingFolder(staging);
    await build(staging);
    await removeEmptyDataFolder(dataDir, options);
    // Atomic on one file system: the folder appears complete, with our lock inside.
    await rename(staging, dataDir);
  } catch (err) {
    await unlock();
    throw err;
  }
  await rm(join(dataDir, LOCK_FILE), { force: true });
  // The lock file moved with the folder and is gone now; this only forgets that we held the staging folder.
  await unlock();
}

/** What a killed earlier first start left behind: never user data, as it was never moved into place. */
async function clearStagingFolder(staging: string) {
  for (const entry of await readdir(staging)) {
    if (entry !== LOCK_FILE) await rm(join(staging, entry), { recursive: true, force: true });
  }
}

/** rename() replaces only an empty folder: drop a stale lock (refused if live) and the folder. */
async function removeEmptyDataFolder(dataDir: string, options: LockOptions) {
  const entries = await readdir(dataDir).catch(() => null);
  if (entries === null) return;
  if (entries.includes(LOCK_FILE)) await (await lockDataFolder(dataDir, options))();
  // Fails, and so stops the start, if anything appeared in the folder meanwhile.
  await rmdir(dataDir);
}
