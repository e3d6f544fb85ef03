import { execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInOverHttp, spawnServer } from '../testing/server-process';

const run = promisify(execFile);

/** PostgreSQL's programs: where pg_config says, else the newest Debian/Ubuntu install. */
async function findPostgresBinaries(): Promise<string> {
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    const versions = await readdir('/usr/lib/postgresql');
    const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
    if (!newest)
      throw new Error('PostgreSQL is not installed: no pg_config, no /usr/lib/postgresql');
    return join('/usr/lib/postgresql', newest, 'bin');
  }
}

async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A PostgreSQL server of the test's own, so it can be stopped and started without touching the one
 * other tests share. initdb refuses to run as root: then the cluster belongs to the postgres user.
 */
async function createCluster() {
  const bin = await findPostgresBinaries();
  const dir = await mkdtemp(join(tmpdir(), 'lb-pg-restart-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    await chown(dir, uid, gid);
  }
  const pgRun = (program: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, program), ...args])
      : run(join(bin, program), args);
  const data = join(dir, 'data');
  const port = await findFreePort();
  // Throwaway: no fsync, so initdb and the seed do not wait on the disk.
  await pgRun('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '--no-locale']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const log = join(dir, 'server.log');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => pgRun('pg_ctl', ['-D', data, '-l', log, '-o', options, '-w', 'start']),
    /** Fast: the way an operator restarts it, ending every session at once. */
    stop: () => pgRun('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    readLog: () => readFile(log, 'utf8').catch(() => ''),
    async remove() {
      await pgRun('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

type Cluster = Awaited<ReturnType<typeof createCluster>>;

const OVERVIEW = `/trpc/maturity.overview?input=${encodeURIComponent('{}')}`;

async function get(url: string, path: string, headers: Record<string, string>) {
  const res = await fetch(`${url}${path}`, { headers });
  return { status: res.status, etag: res.headers.get('etag'), text: await res.text() };
}

async function post(url: string, procedure: string, cookie: string, input: unknown) {
  const res = await fetch(`${url}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(input),
  });
  return { status: res.status, text: await res.text() };
}

const latestRound = (text: string) =>
  (JSON.parse(text) as { result: { data: { rounds: { code: string }[] } } }).result.data.rounds.at(
    -1,
  )?.code;

/** A server answers from its cache only while its change feed listens: a 304 shows it does. */
async function isServingFromCache(url: string, cookie: string) {
  const first = await get(url, OVERVIEW, { cookie });
  if (first.status !== 200) return false;
  const again = await get(url, OVERVIEW, { cookie, 'if-none-match': first.etag! });
  return again.status === 304;
}

const expectDatabaseUnavailable = (answer: { status: number; text: string }) => {
  expect(answer.status).toBe(503);
  expect(answer.text).toContain('databaseUnavailable');
  expect(answer.text).not.toMatch(/ECONNREFUSED|terminat|select|stack|at \//i);
};

// It makes its own PostgreSQL cluster, whatever DATABASE_URL says: run it once, in the pglite project.
describe.skipIf(inject('testTemplate').kind !== 'pglite')(
  'PostgreSQL restarts under the API',
  () => {
    let cluster: Cluster | undefined;
    const children: ChildProcess[] = [];
    const start = (url: string, seed: boolean) => {
      const server = spawnServer({ DATABASE_URL: url, SEED_DEMO: String(seed) });
      children.push(server.child);
      return server.listening;
    };

    beforeAll(async () => {
      cluster = await createCluster();
      await cluster.start();
    });
    afterAll(async () => {
      for (const child of children) child.kill('SIGKILL');
      await cluster?.remove();
    });

    it('fails requests cleanly while it is down, and recovers with no restart of the API', async () => {
      const { url: database, stop, start: restart } = cluster!;
      // Two servers on one database, as behind a load balancer: B hears A's writes through the feed.
      const a = await start(database, true);
      const b = await start(database, false);
      const itd = await signInOverHttp(a, 'itd@demo.lagesbild.se');
      const ks = await signInOverHttp(b, 'ks@demo.lagesbild.se');
      expect(await isServingFromCache(b, ks)).toBe(true);
      const before = await get(b, OVERVIEW, { cookie: ks });
      const rounds = (await get(a, '/trpc/rounds.list', { cookie: itd })).text;
      const open = (
        JSON.parse(rounds) as {
          result: { data: { code: string; status: string; version: number }[] };
        }
      ).result.data.find((r) => r.status === 'open')!;
      expect(latestRound(before.text)).not.toBe(open.code);

      await stop();
      expectDatabaseUnavailable(await get(a, '/trpc/rounds.list', { cookie: itd }));
      expectDatabaseUnavailable(await get(b, OVERVIEW, { cookie: ks }));
      expectDatabaseUnavailable(
        await post(a, 'rounds.close', itd, { code: open.code, version: open.version }),
      );
      await expect(signInOverHttp(a, 'itd@demo.lagesbild.se')).rejects.toThrow('503');

      await restart();
      // Same processes, same sessions: the pool connects again on the next request.
      await expect
        .poll(async () => (await get(a, '/trpc/rounds.list', { cookie: itd })).status, {
          timeout: 30_000,
        })
        .toBe(200);
      expect((await get(b, OVERVIEW, { cookie: ks })).status).toBe(200);
      await signInOverHttp(b, 'itd@demo.lagesbild.se');

      // B's feed listens again (with backoff); then A's write must reach B's cached overview.
      await expect
        .poll(() => isServingFromCache(b, ks), { timeout: 60_000, interval: 500 })
        .toBe(true);
      expect(latestRound((await get(b, OVERVIEW, { cookie: ks })).text)).toBe(
        latestRound(before.text),
      );
      const closed = await post(a, 'rounds.close', itd, { code: open.code, version: open.version });
      expect(closed.status).toBe(200);
      await expect
        .poll(async () => latestRound((await get(b, OVERVIEW, { cookie: ks })).text), {
          timeout: 10_000,
        })
        .toBe(open.code);
    });
  },
);
