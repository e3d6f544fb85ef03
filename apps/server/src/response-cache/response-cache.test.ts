import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';

type App = Awaited<ReturnType<typeof buildApp>>;

let database: DatabaseHandle;
let webDist: string;
const apps: App[] = [];

async function startServer(): Promise<string> {
  const app = await buildApp({ env: { ORGANISATION: 'malmo', WEB_DIST: webDist }, database });
  apps.push(app);
  return app.listen({ port: 0, host: '127.0.0.1' });
}

beforeAll(async () => {
  database = await openTestDatabase();
  webDist = await mkdtemp(join(tmpdir(), 'lb-web-'));
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database.close();
  await rm(webDist, { recursive: true, force: true });
});

async function signIn(base: string, who: 'itd' | 'ks'): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${who}@demo.lagesbild.se`, password: 'lagesbild-demo' }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

const OVERVIEW = `/trpc/maturity.overview?input=${encodeURIComponent('{}')}`;

async function get(base: string, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

async function post(base: string, procedure: string, cookie: string, input: unknown) {
  const res = await fetch(`${base}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as { result?: { data: unknown } } };
}

const latestRound = (text: string) =>
  (JSON.parse(text) as { result: { data: { rounds: { code: string }[] } } }).result.data.rounds.at(
    -1,
  )?.code;

async function closeOpenRound(base: string, cookie: string): Promise<string> {
  const listed = await get(base, `/trpc/rounds.list`, { cookie });
  const rounds = (
    JSON.parse(listed.text) as {
      result: { data: { code: string; status: string; version: number }[] };
    }
  ).result.data;
  const open = rounds.find((r) => r.status === 'open')!;
  const closed = await post(base, 'rounds.close', cookie, {
    code: open.code,
    version: open.version,
  });
  expect(closed.status).toBe(200);
  return open.code;
}

describe('cached dashboard reads', () => {
  let base: string;
  let ks: string;
  beforeAll(async () => {
    base = await startServer();
    ks = await signIn(base, 'ks');
  });

  it('answers again with the same ETag, and with 304 and no body when the browser has it', async () => {
    const first = await get(base, OVERVIEW, { cookie: ks });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');

    const again = await get(base, OVERVIEW, { cookie: ks });
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.text).toBe(first.text);
    expect(again.headers.get('cache-control')).toBe('private, no-cache');

    const unchanged = await get(base, OVERVIEW, { cookie: ks, 'if-none-match': etag! });
    expect(unchanged.status).toBe(304);
    expect(unchanged.text).toBe('');
  });

  it('never serves a cached answer to someone who is not signed in', async () => {
    await get(base, OVERVIEW, { cookie: ks });
    const anonymous = await get(base, OVERVIEW);
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).not.toContain('heatmap');
  });

  it('stops answering a session the moment it signs out', async () => {
    const cookie = await signIn(base, 'ks');
    expect((await get(base, OVERVIEW, { cookie })).status).toBe(200);
    await post(base, 'auth.signOut', cookie, {});
    expect((await get(base, OVERVIEW, { cookie })).status).toBe(401);
  });

  it('shows a write at once: closing the round makes it the overview’s latest', async () => {
    const before = await get(base, OVERVIEW, { cookie: ks });
    const itd = await signIn(base, 'itd');
    const closed = await closeOpenRound(base, itd);
    expect(latestRound(before.text)).not.toBe(closed);

    const after = await get(base, OVERVIEW, {
      cookie: ks,
      'if-none-match': before.headers.get('etag')!,
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(latestRound(after.text)).toBe(closed);
  });
});

describe('two servers on one PostgreSQL', () => {
  it('a write on one server empties the other server’s cache', async (ctx) => {
    // PGlite belongs to one process; only PostgreSQL is shared by several servers.
    if (database.kind !== 'postgres') ctx.skip();
    const [a, b] = [await startServer(), await startServer()];
    const itd = await signIn(a, 'itd');
    // Open a new round on A and close it, after B has cached its overview.
    const opened = await post(a, 'rounds.open', itd, {
      code: '2030-K1',
      startsOn: '2030-01-01',
      endsOn: '2030-03-31',
      deadline: '2030-03-15',
    });
    expect(opened.status).toBe(200);
    const ks = await signIn(b, 'ks');
    const cached = await get(b, OVERVIEW, { cookie: ks });
    expect(latestRound((await get(b, OVERVIEW, { cookie: ks })).text)).toBe(
      latestRound(cached.text),
    );

    await closeOpenRound(a, itd);
    await expect
      .poll(async () => latestRound((await get(b, OVERVIEW, { cookie: ks })).text), {
        timeout: 5_000,
      })
      .toBe('2030-K1');
  });
});

describe('cached reads and a required second factor', () => {
  it('serve nothing to an account that must enrol first, even what another user has cached', async () => {
    const app = await buildApp({
      env: { ORGANISATION: 'malmo', WEB_DIST: webDist, REQUIRE_SECOND_FACTOR_FOR: ['viewer'] },
      database,
    });
    apps.push(app);
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const itd = await signIn(base, 'itd');
    expect((await get(base, OVERVIEW, { cookie: itd })).status).toBe(200);
    expect((await get(base, OVERVIEW, { cookie: itd })).status).toBe(200);
    const ks = await signIn(base, 'ks');
    for (let i = 0; i < 2; i++) {
      const refused = await get(base, OVERVIEW, { cookie: ks });
      expect(refused.status).toBe(403);
      expect(refused.text).toContain('secondFactorRequired');
    }
  });
});
