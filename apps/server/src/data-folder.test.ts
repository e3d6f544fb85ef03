import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const entry = new URL('./index.ts', import.meta.url).pathname;

function startServer(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url.replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  // Awaited only by the test that expects a start; a refused start must not be an unhandled rejection.
  listening.catch(() => {});
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, listening, exited, output: () => output };
}

// The embedded database only; PostgreSQL is shared by design.
describe.skipIf(inject('testTemplate').kind === 'postgres')(
  'two servers on one data folder',
  () => {
    let dataDir: string;
    let first: ChildProcess | undefined;
    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'lb-folder-'));
    });
    afterAll(async () => {
      first?.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    });

    it('the second refuses to start with a clear message, and the first keeps working', async () => {
      const a = startServer(dataDir);
      first = a.child;
      const url = await a.listening;

      const b = startServer(dataDir);
      expect(await b.exited).toBe(1);
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
