import { planEditionSchema, type PlanEditionSummary } from '@lagesbild/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFileServer, type FileServer } from './testing/file-server';

let server: FileServer;
let itd: string;
let viewer: string;
/** A year the demo data has no edition for: this test makes its own and publishes it. */
let year: number;

/** Calls a tRPC mutation over HTTP as the given session, as the dashboard does. */
async function mutate(cookie: string, procedure: string, input: unknown) {
  const res = await fetch(`${server.base}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(input),
  });
  expect(res.status, procedure).toBe(200);
  return ((await res.json()) as { result: { data: PlanEditionSummary } }).result.data;
}

async function listEditions(cookie: string): Promise<PlanEditionSummary[]> {
  const res = await fetch(`${server.base}/trpc/plan.editions`, { headers: { cookie } });
  return ((await res.json()) as { result: { data: PlanEditionSummary[] } }).result.data;
}

const download = (path: string, cookie?: string) =>
  fetch(`${server.base}${path}`, { headers: cookie ? { cookie } : {} });

beforeAll(async () => {
  server = await startFileServer();
  itd = await server.cookieOf('itd@demo.lagesbild.se');
  viewer = await server.cookieOf('ks@demo.lagesbild.se');
  const taken = (await listEditions(itd)).map((e) => e.year);
  year = Math.max(2030, ...taken) + 1;
  await mutate(itd, 'plan.create', { year });
});
afterAll(() => server.close());

describe('the plan downloads', () => {
  it('gives a KS member a draft as a Word file, named for the year, and audits it', async () => {
    const res = await download(`/export/plan/${year}.docx`, viewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="lagesbild-malmo-plan-${year}.docx"`,
    );
    const body = Buffer.from(await res.arrayBuffer());
    // A .docx is a zip: it starts with the local file header "PK".
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await server.lastAudit()).toMatchObject({
      action: 'export.plan',
      outcome: 'success',
      actor_label: 'Kim Ledamot (KS)',
      summary: { format: 'docx', status: 'draft' },
    });
  });

  it('gives the published edition as JSON in the shape the API reads it', async () => {
    const [draft] = (await listEditions(itd)).filter((e) => e.year === year);
    await mutate(itd, 'plan.publish', { year, version: draft!.version });
    const res = await download(`/export/plan/${year}.json`, viewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="lagesbild-malmo-plan-${year}.json"`,
    );
    const edition = planEditionSchema.parse(await res.json());
    expect(edition).toMatchObject({
      year,
      status: 'published',
      publishedBy: 'Ida Ledning (ITD)',
      basisRound: '2026-K3',
      content: { roundCode: '2026-K3', basisClosedOn: '2026-09-30' },
    });
    expect(edition.content.chapters).toHaveLength(8);
    for (const chapter of edition.content.chapters) {
      expect(chapter.statements[0]!.values).toMatchObject({ round: '2026-K3' });
    }
    expect(await server.lastAudit()).toMatchObject({
      action: 'export.plan',
      outcome: 'success',
      summary: { format: 'json', status: 'published' },
    });
  });

  it('is open to reporters, and closed to anyone not signed in', async () => {
    const reporter = await server.cookieOf('miljoforvaltningen@demo.lagesbild.se');
    expect((await download(`/export/plan/${year}.docx`, reporter)).status).toBe(200);
    const anonymous = await download(`/export/plan/${year}.docx`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: 'Unauthenticated' });
  });

  it('says 404 for a year with no edition and 400 for a year that is not one', async () => {
    const missing = await download(`/export/plan/2099.docx`, viewer);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'NotFound' });
    for (const junk of ['20x7', '1999', '12345']) {
      const res = await download(`/export/plan/${junk}.json`, viewer);
      expect(res.status, junk).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'year' });
    }
  });
});
