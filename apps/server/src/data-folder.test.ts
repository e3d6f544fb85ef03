import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
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
  },
);
