import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { serversOnOneDatabase } from './testing/servers';

const servers = serversOnOneDatabase();

function start(
  limits: { SIGN_IN_LIMIT_PER_MINUTE?: number; CALL_BUDGET_PER_MINUTE?: number } = {},
) {
  return servers.start(limits);
}

/** Every way a pentest spelled `/trpc/<procedure>`: the router reads them all as the same call. */
function spellingsOf(procedure: string): string[] {
  const [area, name] = procedure.split('.') as [string, string];
  return [
    `/trpc/${procedure}`,
    `/%74rpc/${procedure}`,
    `/%74%72%70%63/${procedure}`,
    `/t%52pc/${procedure}`.replace('%52', '%72'),
    `/trpc/${area}%2E${name}`,
    `/trpc/${area}%2e${name}`,
    `/%74rpc/${area}%2e${name}`,
    `/trpc/${area}%252E${name}`,
    `/trpc/%${area.charCodeAt(0).toString(16)}${area.slice(1)}.${name}`,
  ];
}

/** The same call inside a batch, beside another, with a plain and an encoded comma. */
const batchesOf = (procedure: string) => [
  `/trpc/auth.me,${procedure}?batch=1`,
  `/trpc/auth.me%2C${procedure}?batch=1`,
  `/%74rpc/auth.me%2c${procedure.replace('.', '%2E')}?batch=1`,
];

const credentials = { email: 'ks@demo.lagesbild.se', password: 'lagesbild-demo' };

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function me(base: string, cookie: string) {
  const res = await fetch(`${base}/trpc/auth.me`, { headers: { cookie } });
  return ((await res.json()) as { result: { data: unknown } }).result.data;
}

const OVERVIEW = `/trpc/maturity.overview?input=${encodeURIComponent('{}')}`;

describe('every spelling of a path meets the same guard', () => {
  it('refuses a cross-site or non-JSON sign-out under any spelling, and the session lives on', async () => {
    const base = await start();
    const cookie = await signIn(base);
    const paths = [...spellingsOf('auth.signOut'), ...batchesOf('auth.signOut')];
    for (const path of paths) {
      for (const headers of <Record<string, string>[]>[
        { cookie, 'content-type': 'application/json', origin: 'https://evil.example' },
        { cookie, 'content-type': 'multipart/form-data; boundary=x' },
        { cookie, 'content-type': 'text/plain' },
      ]) {
        const res = await fetch(`${base}${path}`, { method: 'POST', headers, body: '{}' });
        expect([path, res.status]).toEqual([path, headers.origin ? 403 : 415]);
      }
    }
    expect(await me(base, cookie)).toMatchObject({ role: 'viewer' });
  });

  it('counts sign-ins under every spelling against one limit, and each call in a batch', async () => {
    const base = await start({ SIGN_IN_LIMIT_PER_MINUTE: 3 });
    // Unknown accounts: the per-account lock in the database never comes into it.
    const attempt = (path: string, i: number) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `ingen${i}@example.se`, password: 'fel' }),
      });
    const paths = [...spellingsOf('auth.signIn'), ...batchesOf('auth.signIn')];
    const statuses = [];
    for (const [i, path] of paths.entries()) statuses.push((await attempt(path, i)).status);
    expect(statuses).toEqual([401, 401, 401, ...paths.slice(3).map(() => 429)]);
    const refused = await attempt('/%74rpc/auth%2EsignIn', 99);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({
      error: { message: expect.stringMatching(/^För många/), data: { code: 'TOO_MANY_REQUESTS' } },
    });

    const batchBase = await start({ SIGN_IN_LIMIT_PER_MINUTE: 5 });
    const names = Array.from({ length: 6 }, () => 'auth.signIn').join(',');
    const input = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [i, { email: `ingen${i}@example.se`, password: 'fel' }]),
    );
    const batch = await fetch(`${batchBase}/trpc/${names}?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    expect(batch.status).toBe(429);
    const envelopes = (await batch.json()) as { error: { data: { code: string } } }[];
    expect(envelopes).toHaveLength(6);
    expect(envelopes.every((e) => e.error.data.code === 'TOO_MANY_REQUESTS')).toBe(true);
  });

  it('marks every spelling of an API answer no-store, and refuses an escape that does not decode', async () => {
    const base = await start();
    for (const path of [...spellingsOf('auth.me'), '/trpc/auth.me,auth.methods?batch=1']) {
      const res = await fetch(`${base}${path}`);
      expect([path, res.status, res.headers.get('cache-control')]).toEqual([path, 200, 'no-store']);
    }
    expect((await fetch(`${base}/trpc/auth.me%25`)).status).toBe(400);
    expect((await fetch(`${base}/trpc/auth.me%25zz`)).status).toBe(400);
  });

  it('a sign-out under any spelling empties the cached reads at once', async () => {
    const base = await start();
    const batches = ['/trpc/auth.signOut?batch=1', '/%74rpc/auth%2EsignOut%2Cauth.signOut?batch=1'];
    for (const path of [...spellingsOf('auth.signOut'), ...batches]) {
      const cookie = await signIn(base);
      for (let i = 0; i < 2; i++) {
        expect((await fetch(`${base}${OVERVIEW}`, { headers: { cookie } })).status).toBe(200);
      }
      const out = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', origin: base },
        body: path.includes('batch=1') ? '{}' : undefined,
      });
      expect([path, out.status]).toEqual([path, 200]);
      const after = await fetch(`${base}${OVERVIEW}`, { headers: { cookie } });
      expect([path, after.status]).toEqual([path, 401]);
    }
  });
});

describe('the cost budget', () => {
  it('refuses a caller past its budget with 429, Retry-After and a Swedish message, and no one else', async () => {
    // 60 units: two plan editions (30 each), then nothing more this minute.
    const base = await start({ CALL_BUDGET_PER_MINUTE: 60 });
    const heavy = await signIn(base);
    const other = await signIn(base);
    const edition = (path: string, cookie: string) =>
      fetch(`${base}${path}?input=${encodeURIComponent(JSON.stringify({ year: 2026 }))}`, {
        headers: { cookie },
      });
    expect((await edition('/trpc/plan.edition', heavy)).status).not.toBe(429);
    expect((await edition('/%74rpc/plan%2Eedition', heavy)).status).not.toBe(429);
    const refused = await edition('/trpc/plan%2eedition', heavy);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({
      error: {
        message: expect.stringMatching(/^För många anrop/),
        data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429, path: 'plan.edition' },
      },
    });
    expect((await fetch(`${base}${OVERVIEW}`, { headers: { cookie: heavy } })).status).toBe(429);
    expect((await fetch(`${base}${OVERVIEW}`, { headers: { cookie: other } })).status).toBe(200);
  });

  it('weighs a batch by its calls, and refuses a batch over the cap with 413', async () => {
    const base = await start({ CALL_BUDGET_PER_MINUTE: 60 });
    const cookie = await signIn(base);
    const input = encodeURIComponent(
      JSON.stringify({ 0: { year: 2026 }, 1: { year: 2026 }, 2: { year: 2026 } }),
    );
    const batch = await fetch(
      `${base}/trpc/plan.edition%2Cplan.edition%2Cplan.edition?batch=1&input=${input}`,
      {
        headers: { cookie },
      },
    );
    expect(batch.status).toBe(429);
    const many = Array.from({ length: 11 }, () => 'auth.me').join('%2C');
    expect((await fetch(`${base}/trpc/${many}?batch=1`, { headers: { cookie } })).status).toBe(413);
  });
});

describe('refusals in the audit log', () => {
  const refusals = async () =>
    (
      (await servers.database.db.execute(
        sql`select actor_label, entity_key, summary, source_address, user_agent from audit_log
            where action = 'request.refused' order by id`,
      )) as unknown as { rows: Record<string, unknown>[] }
    ).rows;

  it('records a cross-site call, a 401 and a 429 with where they came from, once a minute each', async () => {
    const before = (await refusals()).length;
    const base = await start({ CALL_BUDGET_PER_MINUTE: 3 });
    const headers = { 'user-agent': 'Angripare/2.0' };
    for (let i = 0; i < 5; i++) {
      await fetch(`${base}/%74rpc/factors.save`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', origin: 'https://evil.example' },
        body: '{}',
      });
    }
    for (let i = 0; i < 5; i++) await fetch(`${base}${OVERVIEW}`, { headers });
    const added = (await refusals()).slice(before);
    // Five of each were refused; each reason is written once for the minute.
    expect(added.map((r) => (r.summary as { reason: string }).reason).sort()).toEqual([
      'callBudget',
      'crossSite',
      'unauthenticated',
    ]);
    for (const row of added) {
      expect(row).toMatchObject({
        actor_label: '127.0.0.1',
        source_address: '127.0.0.1',
        user_agent: 'Angripare/2.0',
      });
    }
    expect(
      added.find((r) => (r.summary as { reason: string }).reason === 'crossSite'),
    ).toMatchObject({
      entity_key: 'factors.save',
      summary: { status: 403, calls: 1 },
    });
  });
});
