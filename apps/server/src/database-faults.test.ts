import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STORAGE_UNAVAILABLE_MESSAGE } from '@lagesbild/api';
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

async function signInAs(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'lagesbild-demo' }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/** ITD saves a new risk, as the factor form does. */
async function saveFactor(base: string, cookie: string, title: string) {
  const res = await fetch(`${base}/trpc/factors.save`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      code: null,
      version: 0,
      fields: {
        title,
        kind: 'risk',
        likelihood: 3,
        impact: 4,
        owner: 'IT-direktör',
        mitigation: '',
        status: 'open',
        capabilityCodes: [],
        needCodes: [],
      },
    }),
  });
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

// A full disk and a database switched to read-only look the same to the server: writes fail while
// reads work. PostgreSQL's read-only default is the one of the two a test can switch on and off.
describe.skipIf(inject('testTemplate').kind !== 'postgres')(
  'a database that cannot keep changes',
  () => {
    let clone: DatabaseHandle;
    let database: DatabaseHandle;
    let app: App;
    let base: string;
    let cookie: string;
    let webDist: string;

    /** Every connection but this one ends, so the pool's new ones start with the database's default. */
    const setReadOnly = async (on: boolean) => {
      const name = new URL(clone.pool!.options.connectionString!).pathname.slice(1);
      await clone.pool!.query(
        on
          ? `alter database "${name}" set default_transaction_read_only = on`
          : `alter database "${name}" reset default_transaction_read_only`,
      );
      await clone.pool!.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
    };

    beforeAll(async () => {
      // A copy of its own: the read-only default must not reach any other test's database.
      clone = await openTestDatabase();
      const url = clone.pool!.options.connectionString!;
      database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
      webDist = await mkdtemp(join(tmpdir(), 'lb-web-'));
      app = await buildApp({ env: { ORGANISATION: 'malmo', WEB_DIST: webDist }, database });
      base = await app.listen({ port: 0, host: '127.0.0.1' });
      cookie = await signInAs(base, 'itd@demo.lagesbild.se');
    });
    afterAll(async () => {
      await app.close();
      await database.close();
      await clone.close();
      await rm(webDist, { recursive: true, force: true });
    });

    it('a save answers 503 in Swedish, reads still work, /healthz says storage; all is well once writable', async () => {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      await setReadOnly(true);
      try {
        // The first calls may meet a connection ended above: those are 503 'database', not 'storage'.
        await expect
          .poll(async () => {
            const res = await fetch(`${base}/healthz`);
            return { status: res.status, body: (await res.json()) as unknown };
          })
          .toEqual({ status: 503, body: { status: 'unavailable', reason: 'storage' } });

        const save = await saveFactor(base, cookie, 'Risk som inte kan sparas');
        expect(save.status).toBe(503);
        expect(JSON.parse(save.text)).toMatchObject({
          error: {
            message: expect.stringContaining(
              'Lagringen är full eller skrivskyddad – ändringar kan inte sparas just nu.',
            ) as unknown,
            data: { code: 'SERVICE_UNAVAILABLE', details: { reason: 'storage' } },
          },
        });
        expect(save.text).not.toMatch(/read-only transaction|insert|update|SQL|stack/i);

        // A download is audited, so it meets the same storage failure: the same 503, the same body.
        const file = await get(base, '/export/faktorer.xlsx', cookie);
        expect(file.status).toBe(503);
        expect(JSON.parse(file.text)).toMatchObject({
          error: {
            message: STORAGE_UNAVAILABLE_MESSAGE,
            data: { code: 'SERVICE_UNAVAILABLE', details: { reason: 'storage' } },
          },
        });
        expect(file.text).not.toMatch(/read-only transaction|insert|SQL|stack/i);

        // The session's idle timer cannot be renewed, yet the reader still reads.
        const rounds = await get(base, freshRead(), cookie);
        expect(rounds.status).toBe(200);
      } finally {
        await setReadOnly(false);
      }
      await expect.poll(async () => (await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await saveFactor(base, cookie, 'Risk som sparas igen')).status).toBe(200);
    });
  },
);
