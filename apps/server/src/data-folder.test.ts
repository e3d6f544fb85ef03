import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawnServer } from './testing/server-process';

// The embedded database only; PostgreSQL is shared by design.
describe.skipIf(inject('testTemplate').kind === 'postgres')(
  'two servers on one data folder',
  () => {
    let dataDir: string;
    const children: ChildProcess[] = [];
    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'lb-folder-'));
    });
    afterAll(async () => {
      for (const child of children) child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    });

    it('the second refuses to start with a clear message, and the first keeps working', async () => {
      const a = spawnServer({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
      children.push(a.child);
      const url = await a.listening;

      const b = spawnServer({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
      children.push(b.child);
      // A second server that starts after all is a failure now, not a timeout later.
      expect(await Promise.race([b.exited, b.listening.then(() => 'started')])).toBe(1);
      expect(b.output()).toMatch(
        /data folder .* is in use by another Lägesbild process \(pid \d+\)/,
      );

      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      a.child.kill('SIGTERM');
      expect(await a.exited).toBe(0);
    });

    // In a container the server is pid 1 every time, so after a SIGKILL its lock names a pid that is
    // alive again; on a host the pid may go to any other program. Neither is the process that wrote it.
    it('after a SIGKILL it starts again although the lock’s pid is now another live process', async () => {
      const a = spawnServer({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
      children.push(a.child);
      await a.listening;
      a.child.kill('SIGKILL');
      await a.exited;

      const lockFile = join(dataDir, 'lagesbild.lock');
      const left = JSON.parse(await readFile(lockFile, 'utf8')) as { pid: number };
      expect(left.pid).toBe(a.child.pid);
      // This test's own process: alive, and started long before the lock was written.
      await writeFile(lockFile, JSON.stringify({ ...left, pid: process.pid }));

      const b = spawnServer({ DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'warn' });
      children.push(b.child);
      const url = await b.listening;
      expect(b.output()).toContain(`had a lock from pid ${process.pid}`);
      expect(b.output()).toContain('stale and is taken over');
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      b.child.kill('SIGTERM');
      expect(await b.exited).toBe(0);
    });
  },
);
