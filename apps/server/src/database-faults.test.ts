import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from './app';

type App = Awaited<ReturnType<typeof buildApp>>;

const OVERVIEW = `/trpc/maturity.overview?input=${encodeURIComponent('{}')}`;

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ks@demo.lagesbild.se', password: 'lagesbild-demo' }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/** A read the response cache never keeps, so every call goes to the database. */
const freshRead = () => '/trpc/rounds.list';

async function get(base: string, path: string, cookie: string) {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  return { status: res.status, text: await res.text() };
}

// What happens when PostgreSQL itself misbehaves; the embedded database has no connections to lose.
describe.skipIf(inject('testTemplate').kind !== 'postgres')('PostgreSQL faults', () => {
  let template: DatabaseHandle;
  let database: DatabaseHandle;
  let app: App;
  let base: string;
  let cookie: string;
  let webDist: string;

  beforeAll(async () => {
    template = await openTestDatabase();
    // A second handle on the same database, as a server would open it: two connections, quick timeout.
    const url = template.pool!.options.connectionString!;
    database = await openDatabase({ kind: 'postgres', url, poolSize: 2, connectionTimeoutMs: 500 });
    webDist = await mkdtemp(join(tmpdir(), 'lb-web-'));
    app = await buildApp({ env: { ORGANISATION: 'malmo', WEB_DIST: webDist }, database });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    cookie = await signIn(base);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    await template.close();
    await rm(webDist, { recursive: true, force: true });
  });

  it('an exhausted pool fails requests fast with a clean 503, and serves again once freed', async () => {
    const held = await Promise.all([database.pool!.connect(), database.pool!.connect()]);
    try {
      const started = Date.now();
      const res = await get(base, freshRead(), cookie);
      expect(res.status).toBe(503);
      expect(JSON.parse(res.text)).toMatchObject({
        error: { message: 'databaseUnavailable', data: { code: 'SERVICE_UNAVAILABLE' } },
      });
      expect(res.text).not.toMatch(/timeout exceeded|select|stack/i);
      // Fails within a few timeouts of 500 ms, not after the default 5 s or never.
      expect(Date.now() - started).toBeLessThan(4_000);
    } finally {
      for (const client of held) client.release();
    }
    expect((await get(base, freshRead(), cookie)).status).toBe(200);
  });

  it('connections terminated while requests run: those fail with 503, and the API recovers by itself', async () => {
    const admin = new pg.Client({ connectionString: template.pool!.options.connectionString! });
    await admin.connect();
    try {
      const running = Array.from({ length: 12 }, () => get(base, freshRead(), cookie));
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      const answers = await Promise.all(running);
      for (const a of answers) {
        expect([200, 503]).toContain(a.status);
        expect(a.text).not.toMatch(/terminat|SQL|stack/i);
      }
    } finally {
      await admin.end();
    }
    await expect
      .poll(async () => (await get(base, freshRead(), cookie)).status, { timeout: 10_000 })
      .toBe(200);
    expect((await get(base, OVERVIEW, cookie)).status).toBe(200);
  });
});
