import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openDatabase } from './client';
import { DataFolderInUseError, LOCK_FILE, lockDataFolder, readStartTime } from './data-folder-lock';

const holder = new URL('./testing/hold-data-folder-lock.ts', import.meta.url).pathname;
/** Linux: the owner is checked by start time and boot id; elsewhere only the pid is recorded. */
const procfs = existsSync('/proc/self/stat');

let dataDir: string;
const children: ChildProcess[] = [];
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lb-lock-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

const writeLock = (owner: unknown) =>
  writeFile(join(dataDir, LOCK_FILE), typeof owner === 'string' ? owner : JSON.stringify(owner));

/** Takes the lock and returns what it said on the way; fails the test if the lock is refused. */
async function takeLock(): Promise<string[]> {
  const said: string[] = [];
  const unlock = await lockDataFolder(dataDir, { log: (m) => void said.push(m) });
  const written = JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8')) as { pid: number };
  expect(written.pid).toBe(process.pid);
  await unlock();
  expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  return said;
}

/** A live process that is not Lägesbild and holds no lock. */
function spawnBystander(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], {
    stdio: 'ignore',
  });
  children.push(child);
  return child;
}

/** Another Lägesbild process holding the folder's lock, through the same code. */
async function spawnHolder(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', holder, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
  });
  return child;
}

// About the embedded database only: once is enough when the suite runs again on PostgreSQL.
describe.skipIf(inject('testTemplate').kind === 'postgres')(
  'the embedded database’s data folder',
  () => {
    it('refuses a second opening in the same process, saying so, and the first keeps working', async () => {
      const first = await openDatabase({ kind: 'pglite', dataDir });
      try {
        const second = openDatabase({ kind: 'pglite', dataDir });
        await expect(second).rejects.toBeInstanceOf(DataFolderInUseError);
        await expect(second).rejects.toThrow(`already open in this process (pid ${process.pid})`);
        const rows = await first.pglite!.query<{ n: number }>('select 1 as n');
        expect(rows.rows[0]?.n).toBe(1);
      } finally {
        await first.close();
      }
      const again = await openDatabase({ kind: 'pglite', dataDir });
      await again.close();
    });

    it('takes over a lock left by a process that was killed', async () => {
      // A pid that existed and is gone: a child that has already exited.
      const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
      await writeLock(gone.stdout.toString());
      expect(await takeLock()).toEqual([
        expect.stringContaining(`from pid ${gone.stdout.toString()}, which is no longer running`),
      ]);
      const handle = await openDatabase({ kind: 'pglite', dataDir });
      await handle.close();
    });

    // Restarted as pid 1 in a container after a SIGKILL, the lock names our own pid.
    it.each([
      ['with another start time', { pid: process.pid, startTime: '1', bootId: 'x' }],
      ['as a bare pid (a lock from before start times)', String(process.pid)],
    ])('takes over a lock naming this process’s own pid, %s', async (_, owner) => {
      await writeLock(owner);
      expect(await takeLock()).toEqual([
        expect.stringContaining(`earlier process with this process's pid (${process.pid})`),
      ]);
    });

    it.runIf(procfs)(
      'takes over a lock whose pid is now an unrelated live process, and says so',
      async () => {
        const bystander = spawnBystander();
        const pid = bystander.pid!;
        await expect.poll(() => readStartTime(pid)).toBeDefined();
        const bootId = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim();
        await writeLock({ pid, startTime: '1', bootId });
        expect(await takeLock()).toEqual([
          expect.stringMatching(
            new RegExp(`from pid ${pid}, which is now another process.*stale and is taken over`),
          ),
        ]);
        // The same process under a boot id from before a restart: not the one that wrote it either.
        await writeLock({ pid, startTime: await readStartTime(pid), bootId: 'an-earlier-boot' });
        expect(await takeLock()).toEqual([
          expect.stringContaining(`from pid ${pid} before the system restarted`),
        ]);
        expect(bystander.exitCode).toBeNull();
      },
    );

    it.runIf(procfs)(
      'refuses while another Lägesbild process holds the lock, naming it, and takes over once it is killed',
      async () => {
        const other = await spawnHolder();
        const refused = lockDataFolder(dataDir);
        await expect(refused).rejects.toThrow(
          `in use by another Lägesbild process (pid ${other.pid})`,
        );
        await expect(refused).rejects.toMatchObject({ pid: other.pid, holder: 'lagesbild' });

        other.kill('SIGKILL');
        await new Promise((resolve) => other.once('exit', resolve));
        expect(await takeLock()).toEqual([
          expect.stringContaining(`from pid ${other.pid}, which is no longer running`),
        ]);
      },
    );

    it('a live pid whose process cannot be checked is refused, without claiming it is Lägesbild', async () => {
      // What a lock from before start times, or from a system without /proc, leaves to go on.
      const bystander = spawnBystander();
      await writeLock(String(bystander.pid));
      const refused = lockDataFolder(dataDir);
      await expect(refused).rejects.toMatchObject({ pid: bystander.pid, holder: 'unverified' });
      await expect(refused).rejects.toThrow(
        `locked by process ${bystander.pid}, which is running; this system cannot tell whether it is the Lägesbild process`,
      );
    });
  },
);
