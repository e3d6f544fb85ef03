import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';

let database: DatabaseHandle;
let app: Awaited<ReturnType<typeof buildApp>>;
let base: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildApp({ env: { ORGANISATION: 'malmo', WEB_DIST: '/nonexistent' }, database });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

async function cookieOf(email: string) {
  const res = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'lagesbild-demo' }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

const download = (path: string, cookie?: string) =>
  fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });

describe('framework exports', () => {
  it('gives itd and viewers the framework as YAML and JSON, and audits it', async () => {
    const yaml = await download('/export/ramverk.yaml', await cookieOf('ks@demo.lagesbild.se'));
    expect(yaml.status).toBe(200);
    expect(yaml.headers.get('content-disposition')).toContain('lagesbild-2026-v1.yaml');
    const text = await yaml.text();
    expect(text).toContain('format: lagesbild-framework/1');
    expect(text).toContain('version: 1');

    const json = await download(
      '/export/ramverk.json?version=1',
      await cookieOf('itd@demo.lagesbild.se'),
    );
    expect(json.status).toBe(200);
    const document = (await json.json()) as { version: number; areas: unknown[] };
    expect(document).toMatchObject({ format: 'lagesbild-framework/1', version: 1 });
    expect(document.areas).toHaveLength(10);
    const r = (await database.db.execute(
      sql`select action, outcome, summary from audit_log order by id desc limit 1`,
    )) as unknown as { rows: Record<string, unknown>[] };
    expect(r.rows[0]).toMatchObject({
      action: 'export.framework',
      outcome: 'success',
      summary: { format: 'json', version: 1 },
    });
  });

  it('refuses reporters and strangers, unknown formats and versions', async () => {
    const reporter = await cookieOf('miljoforvaltningen@demo.lagesbild.se');
    expect((await download('/export/ramverk.yaml', reporter)).status).toBe(403);
    expect((await download('/export/ramverk.yaml')).status).toBe(401);
    const itd = await cookieOf('itd@demo.lagesbild.se');
    expect((await download('/export/ramverk.xml', itd)).status).toBe(400);
    expect((await download('/export/ramverk.json?version=7', itd)).status).toBe(404);
    expect((await download('/export/ramverk.json?version=x', itd)).status).toBe(400);
  });
});
