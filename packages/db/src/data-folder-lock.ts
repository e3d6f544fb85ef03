import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** The file that marks a data folder as in use; it holds the owning process id. */
export const LOCK_FILE = 'lagesbild.lock';

/** Another live process has the embedded database's data folder open. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Lägesbild process (pid ${pid}). ` +
        'Stop that process first, or set DATA_DIR to another folder.',
    );
    this.name = 'DataFolderInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite takes no lock of its own, and two processes writing one folder corrupt it. The first takes
 * this lock; a second is refused while the first lives. A lock left by a killed process is stale
 * (its pid is gone) and is taken over.
 */
export async function lockDataFolder(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(String(process.pid));
      await file.close();
      return async () => {
        const owner = await readFile(path, 'utf8').catch(() => '');
        if (owner === String(process.pid)) await unlink(path).catch(() => {});
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const pid = Number(await readFile(path, 'utf8').catch(() => ''));
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
      throw new DataFolderInUseError(dataDir, pid);
    }
    await unlink(path).catch(() => {});
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}
