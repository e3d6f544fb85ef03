import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppRouter } from '@lagesbild/api';
import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';

let database: DatabaseHandle;
let app: Awaited<ReturnType<typeof buildApp>>;
let base: string;
let webDist: string;

beforeAll(async () => {
  database = await openTestDatabase();
  webDist = await mkdtemp(join(tmpdir(), 'lb-web-'));
  await writeFile(
    join(webDist, 'index.html'),
    '<!doctype html><title>Lägesbild</title><div id="root"></div>',
  );
  app = await buildApp({ env: { ORGANISATION: 'malmo', WEB_DIST: webDist }, database });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  await database.close();
  await rm(webDist, { recursive: true, force: true });
});

const client = () => createTRPCClient<AppRouter>({ links: [httpLink({ url: `${base}/trpc` })] });

async function get(path: string) {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const trpcGet = (procedure: string, input: unknown) =>
  get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);

describe('over HTTP', () => {
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

  it('a database failure is a 500 that leaks no SQL and no stack', async () => {
    const code = (await client().maturity.overview.query({})).capabilities[0]!.code;
    await database.db.execute(sql`alter table level_descriptors rename to level_descriptors_gone`);
    try {
      const broken = await trpcGet('maturity.capability', { code });
      expect(broken.status).toBe(500);
      expect(JSON.parse(broken.text).error.message).toBe('Internal server error');
      expect(broken.text).not.toMatch(/level_descriptors|select|relation|stack|\.ts:/i);
    } finally {
      await database.db.execute(
        sql`alter table level_descriptors_gone rename to level_descriptors`,
      );
    }
  });

  it('sends security headers', async () => {
    const res = await get('/healthz');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the dashboard for client routes, and 404 for unknown API paths', async () => {
    const page = await get('/enhet/stadskontoret?omgang=2026-K3');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root">');
    expect((await get('/trpc/finns.inte')).status).toBe(404);
    expect((await get('/assets/index-gammal.js')).status).toBe(404);
  });
});
