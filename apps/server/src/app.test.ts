import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppRouter } from '@lagesbild/api';
import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, MAX_BATCH_SIZE } from './app';
import { createLog } from './log';

let database: DatabaseHandle;
let app: Awaited<ReturnType<typeof buildApp>>;
let base: string;
let webDist: string;
const logLines: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  webDist = await mkdtemp(join(tmpdir(), 'lb-web-'));
  await writeFile(
    join(webDist, 'index.html'),
    '<!doctype html><title>Lägesbild</title><div id="root"></div>',
  );
  const logger = createLog('error', { write: (line: string) => void logLines.push(line) });
  app = await buildApp({ env: { ORGANISATION: 'malmo', WEB_DIST: webDist }, database, logger });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  await database.close();
  await rm(webDist, { recursive: true, force: true });
});

/** The session cookie of the demo KS reader, signed in once for the file. */
let cookie = '';
beforeAll(async () => {
  const res = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ks@demo.lagesbild.se', password: 'lagesbild-demo' }),
  });
  cookie = res.headers.get('set-cookie')!.split(';')[0]!;
});

const client = () =>
  createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${base}/trpc`, headers: () => ({ cookie }) })],
  });

async function get(path: string, signedIn = true) {
  const res = await fetch(`${base}${path}`, { headers: signedIn ? { cookie } : {} });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const trpcGet = (procedure: string, input: unknown) =>
  get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);

describe('over HTTP', () => {
  it('writes where a refused sign-in came from into the audit log: the address and the user agent', async () => {
    const res = await fetch(`${base}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Granskningstest/1.0' },
      body: JSON.stringify({ email: 'ks@demo.lagesbild.se', password: 'inte rätt' }),
    });
    expect(res.status).toBe(401);
    const { rows } = (await database.db.execute(
      sql`select outcome, source_address, user_agent from audit_log order by id desc limit 1`,
    )) as unknown as { rows: Record<string, unknown>[] };
    expect(rows[0]).toEqual({
      outcome: 'failure',
      source_address: '127.0.0.1',
      user_agent: 'Granskningstest/1.0',
    });
  });

  it('GET /healthz answers with the database kind and migration state', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({
      status: 'ok',
      database: database.kind,
      migrations: expect.objectContaining({ upToDate: true }),
    });
  });

  it('the tRPC client reads the overview as plain JSON', async () => {
    const view = await client().maturity.overview.query({});
    expect(view.organisation.name).toBe('Malmö stad');
    expect(view.trends.length).toBeGreaterThan(0);
    const raw = await trpcGet('maturity.overview', {});
    expect(JSON.parse(raw.text).result.data.round).toBe(view.round);
  });

  it('without a session the data is refused with a 401', async () => {
    const res = await get(`/trpc/maturity.overview?input=${encodeURIComponent('{}')}`, false);
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('Malmö');
    expect((await get('/healthz', false)).status).toBe(200);
  });

  it('bad input is a 400 with field issues, no stack', async () => {
    const res = await trpcGet('maturity.overview', { round: 'igår' });
    expect(res.status).toBe(400);
    const body = JSON.parse(res.text);
    expect(body.error.message).toBe('Invalid input');
    expect(body.error.data).toMatchObject({
      code: 'BAD_REQUEST',
      fieldIssues: [{ path: 'round' }],
    });
    expect(res.text).not.toMatch(/stack|at .*\.ts:\d+/);
  });

  it('an unknown id is a 404 the client sees as NOT_FOUND', async () => {
    const error = await client()
      .maturity.capability.query({ code: 'finns-inte' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AppRouter>).data).toMatchObject({
      code: 'NOT_FOUND',
      details: { what: 'capability', key: 'finns-inte' },
    });
    expect((await trpcGet('maturity.unit', { slug: 'finns-inte' })).status).toBe(404);
  });

  it('a database failure is a 500 that leaks no SQL and no stack, with a correlation id into the log', async () => {
    const code = (await client().maturity.overview.query({})).capabilities[0]!.code;
    await database.db.execute(sql`alter table level_descriptors rename to level_descriptors_gone`);
    try {
      const broken = await trpcGet('maturity.capability', { code });
      expect(broken.status).toBe(500);
      const error = JSON.parse(broken.text).error;
      expect(error.message).toBe('Internal server error');
      expect(broken.text).not.toMatch(/level_descriptors|\bselect\b|\brelation\b|stack|\.ts:/i);
      expect(broken.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      const correlationId = error.data.correlationId as string;
      expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
      const logged = logLines.find((l) => l.includes(correlationId));
      expect(logged).toContain('level_descriptors');
    } finally {
      await database.db.execute(
        sql`alter table level_descriptors_gone rename to level_descriptors`,
      );
    }
  });

  it.each(['/healthz', '/trpc/finns.inte', '/enhet/stadskontoret'])(
    'sends security headers on %s',
    async (path) => {
      const headers = (await get(path)).headers;
      const csp = headers.get('content-security-policy') ?? '';
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "style-src 'self'",
        "font-src 'self'",
      ]) {
        expect(csp.split(';').map((d) => d.trim())).toContain(directive);
      }
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toMatch(/https:(?!\/)/);
      for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']) {
        expect(headers.get('permissions-policy')).toContain(feature);
      }
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
    },
  );

  it('no shared cache keeps an API answer; only the browser keeps a dashboard read, and asks again', async () => {
    expect((await trpcGet('auth.me', {})).headers.get('cache-control')).toBe('no-store');
    expect((await get('/healthz')).headers.get('cache-control')).toBe('no-store');
    expect((await trpcGet('maturity.overview', {})).headers.get('cache-control')).toBe(
      'private, no-cache',
    );
  });

  it('refuses a batch larger than the cap, and serves one within it', async () => {
    const batch = (n: number) => {
      const names = Array.from({ length: n }, () => 'maturity.overview').join(',');
      const input = Object.fromEntries(Array.from({ length: n }, (_, i) => [i, {}]));
      return get(`/trpc/${names}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`);
    };
    expect((await batch(2)).status).toBe(200);
    expect((await batch(MAX_BATCH_SIZE)).status).toBe(200);
    expect((await batch(MAX_BATCH_SIZE + 1)).status).toBe(413);
  });

  it('serves the dashboard for client routes, and 404 for unknown API paths', async () => {
    const page = await get('/enhet/stadskontoret?omgang=2026-K3');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root">');
    expect((await get('/trpc/finns.inte')).status).toBe(404);
    expect((await get('/assets/index-gammal.js')).status).toBe(404);
  });
});
