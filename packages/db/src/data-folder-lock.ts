import { open, readFile, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The file that marks a data folder as in use; it names the owning process (see LockOwner). */
export const LOCK_FILE = 'lagesbild.lock';

/**
 * Who took the lock. A pid alone is not a process: after a restart in a container Lägesbild is pid 1
 * again, and after a reboot any pid may be some other program. The start time (field 22 of
 * /proc/<pid>/stat, in clock ticks since boot) and the boot id tell the process that wrote the lock
 * from a later one with the same pid. Both are absent where there is no /proc (macOS, Windows).
 */
interface LockOwner {
  pid: number;
  startTime?: string;
  bootId?: string;
}

/** Why another process's lock holds: a recorded Lägesbild, or a live pid that cannot be checked. */
export type LockHolder = 'lagesbild' | 'unverified' | 'thisProcess';

/** Another live process (or this one, a second time) has the embedded database's data folder open. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly holder: LockHolder = 'lagesbild',
  ) {
    super(messageOf(dataDir, pid, holder));
    this.name = 'DataFolderInUseError';
  }
}

function messageOf(dataDir: string, pid: number, holder: LockHolder): string {
  if (holder === 'thisProcess') {
    return `The data folder ${dataDir} is already open in this process (pid ${pid}).`;
  }
  if (holder === 'unverified') {
    return (
      `The data folder ${dataDir} is locked by process ${pid}, which is running; this system cannot ` +
      'tell whether it is the Lägesbild process that took the lock. Stop it, or if it is not ' +
      `Lägesbild, delete ${join(dataDir, LOCK_FILE)}, or set DATA_DIR to another folder.`
    );
  }
  return (
    `The data folder ${dataDir} is in use by another Lägesbild process (pid ${pid}). ` +
    'Stop that process first, or set DATA_DIR to another folder.'
  );
}

export interface LockOptions {
  /** Told when a stale lock is taken over, with a sentence saying whose it was and why it is stale. */
  log?: (message: string) => void;
}

/** Folders this process has locked: a second opening here is refused, a lock naming our pid otherwise is stale. */
const lockedHere = new Set<string>();

/**
 * PGlite takes no lock of its own, and two processes writing one folder corrupt it. The first takes
 * this lock; a second is refused while the first lives. A lock whose process is gone (killed, or the
 * machine restarted) is stale and is taken over, even when its pid now belongs to another process or
 * to this one.
 */
export async function lockDataFolder(
  dataDir: string,
  { log }: LockOptions = {},
): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  const key = resolve(path);
  const content = JSON.stringify(await describeThisProcess());
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(content);
      await file.close();
      lockedHere.add(key);
      return async () => {
        lockedHere.delete(key);
        const owner = await readFile(path, 'utf8').catch(() => '');
        if (owner === content) await unlink(path).catch(() => {});
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const found = await readFile(path, 'utf8').catch(() => null);
    if (found === null) continue;
    const owner = parseLockOwner(found);
    const verdict = owner ? await judgeLock(owner, lockedHere.has(key)) : 'unreadable';
    if (typeof verdict === 'object')
      throw new DataFolderInUseError(dataDir, verdict.pid, verdict.holder);
    // Two starts may judge the same stale lock at once: remove it only if it is still the one judged.
    if ((await readFile(path, 'utf8').catch(() => null)) !== found) continue;
    await unlink(path).catch(() => {});
    log?.(
      `The data folder ${dataDir} had a lock ${STALE_BECAUSE[verdict](owner?.pid)}: it is stale and is taken over.`,
    );
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}

type Stale = 'unreadable' | 'gone' | 'ourPid' | 'rebooted' | 'otherProcess';

const STALE_BECAUSE: Record<Stale, (pid?: number) => string> = {
  unreadable: () => 'that names no process',
  gone: (pid) => `from pid ${pid}, which is no longer running`,
  ourPid: (pid) => `from an earlier process with this process's pid (${pid})`,
  rebooted: (pid) => `from pid ${pid} before the system restarted`,
  otherProcess: (pid) => `from pid ${pid}, which is now another process that started later`,
};

async function judgeLock(
  owner: LockOwner,
  openHere: boolean,
): Promise<Stale | { pid: number; holder: LockHolder }> {
  const { pid } = owner;
  // No other process can have our pid: the lock is this process's own, or an earlier one's.
  if (pid === process.pid) return openHere ? { pid, holder: 'thisProcess' } : 'ourPid';
  if (!isAlive(pid)) return 'gone';
  const here = await describeThisProcess();
  if (!owner.startTime || here.startTime === undefined) return { pid, holder: 'unverified' };
  if (owner.bootId && here.bootId && owner.bootId !== here.bootId) return 'rebooted';
  const startTime = await readStartTime(pid);
  // Unreadable although alive: /proc hides other users' processes (hidepid). Assume the worst.
  if (startTime === undefined) return { pid, holder: 'unverified' };
  return startTime === owner.startTime ? { pid, holder: 'lagesbild' } : 'otherProcess';
}

function parseLockOwner(text: string): LockOwner | null {
  // Locks written before owners were recorded hold the bare pid.
  const value: unknown = /^\d+$/.test(text.trim()) ? { pid: Number(text) } : safeParse(text);
  if (typeof value !== 'object' || value === null) return null;
  const { pid, startTime, bootId } = value as Record<string, unknown>;
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
  return {
    pid,
    ...(typeof startTime === 'string' ? { startTime } : {}),
    ...(typeof bootId === 'string' ? { bootId } : {}),
  };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function describeThisProcess(): Promise<LockOwner> {
  const [startTime, bootId] = await Promise.all([
    readStartTime(process.pid),
    readFile('/proc/sys/kernel/random/boot_id', 'utf8').then(
      (id) => id.trim(),
      () => undefined,
    ),
  ]);
  return {
    pid: process.pid,
    ...(startTime !== undefined ? { startTime } : {}),
    ...(bootId !== undefined ? { bootId } : {}),
  };
}

/** Field 22 of /proc/<pid>/stat; the name in field 2 may hold spaces and parentheses, so count from its end. */
export async function readStartTime(pid: number): Promise<string | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return undefined;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
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
