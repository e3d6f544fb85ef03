import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFileServer, type FileServer } from './testing/file-server';

let server: FileServer;

beforeAll(async () => {
  server = await startFileServer();
});
afterAll(() => server.close());

const download = (path: string, cookie?: string) =>
  fetch(`${server.base}${path}`, { headers: cookie ? { cookie } : {} });

describe('round exports', () => {
  it('gives itd the whole round as a workbook, one sheet per table, and audits it', async () => {
    const res = await download(
      '/export/omgang/2026-K3.xlsx',
      await server.cookieOf('itd@demo.lagesbild.se'),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('lagesbild-malmo-2026-K3.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Bedömningar',
      'Inlämningar',
      'Planeringskapacitet',
      'Kompetens',
      'Behov av ITD-stöd',
      'Baskrav',
    ]);
    const sheet = workbook.getWorksheet('Bedömningar')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Enhet');
    const capabilities = Number(
      (
        (await server.database.db.execute(
          sql`select count(*)::int as n from capabilities`,
        )) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]!.n,
    );
    expect(sheet.rowCount).toBe(1 + 14 * capabilities);
    expect(await server.lastAudit()).toMatchObject({
      action: 'export.round',
      outcome: 'success',
      summary: { format: 'xlsx', rows: 14 * capabilities },
    });
  });

  it('writes CSV for Swedish Excel: BOM, semicolons, one table per file', async () => {
    const cookie = await server.cookieOf('itd@demo.lagesbild.se');
    const res = await download('/export/omgang/2026-K3.csv?tabell=inlamningar', cookie);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\n');
    expect(lines[0]).toBe('Enhet;Status;Inskickad;Inskickad av;Validerad;Validerad av');
    expect(lines).toHaveLength(15);
    expect(lines[1]).toContain(';Validerad;');
    const open = await download('/export/omgang/2026-K4.json', cookie);
    // ITD may look at the open round; the file says it is preliminary.
    expect(open.headers.get('content-disposition')).toContain(
      'lagesbild-malmo-2026-K4-preliminar.json',
    );
    const json = (await open.json()) as { round: { code: string; status: string } };
    expect(json.round).toMatchObject({ code: '2026-K4', status: 'open' });
  });

  it('refuses other roles, nobody signed in, and unknown formats, with no data in the answer', async () => {
    const viewer = await download(
      '/export/omgang/2026-K3.xlsx',
      await server.cookieOf('ks@demo.lagesbild.se'),
    );
    expect(viewer.status).toBe(403);
    expect(await server.lastAudit()).toMatchObject({ action: 'export.round', outcome: 'denied' });
    expect((await download('/export/omgang/2026-K3.xlsx')).status).toBe(401);
    const itd = await server.cookieOf('itd@demo.lagesbild.se');
    const bad = await download('/export/omgang/2026-K3.pdf', itd);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: {
        message: 'Invalid input',
        data: { code: 'BAD_REQUEST', fieldIssues: [{ path: 'format', code: 'unknownFormat' }] },
      },
    });
    expect((await download('/export/omgang/2031-K1.json', itd)).status).toBe(404);
  });
});

describe('the planning workbook', () => {
  it('gives any signed-in reader the register, scenarios and capacity as sheets, and audits it', async () => {
    const res = await download(
      '/export/planering.xlsx?fran=2026&till=2030',
      await server.cookieOf('ks@demo.lagesbild.se'),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      'lagesbild-malmo-planering-2026-2030.xlsx',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Investeringsbehov',
      'Scenarier per år',
      'Tidslinje',
      'Avvägningar',
      'Förväntad mognad',
      'Mognad per område',
      'Kapacitet mot efterfrågan',
      'Baskrav mot nivå',
    ]);
    const needs = workbook.getWorksheet('Investeringsbehov')!;
    const titles = needs.getColumn(2).values.slice(2);
    expect(titles).toContain('Gemensam AI-plattform med skyddad språkmodell');
    const years = workbook.getWorksheet('Scenarier per år')!;
    // Two scenarios × five years, under the header.
    expect(years.rowCount).toBe(1 + 2 * 5);
    expect(years.getRow(2).values).toEqual(expect.arrayContaining(['Bas', 2026]));
    expect(await server.lastAudit()).toMatchObject({
      action: 'export.planning',
      outcome: 'success',
    });
  });

  it('refuses a horizon that makes no sense, and anyone not signed in', async () => {
    const cookie = await server.cookieOf('ks@demo.lagesbild.se');
    const bad = await download('/export/planering.xlsx?fran=2030&till=2026', cookie);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { data: { code: 'BAD_REQUEST', fieldIssues: [{ path: 'horizon', code: 'horizon' }] } },
    });
    expect((await download('/export/planering.xlsx')).status).toBe(401);
  });
});

describe('framework exports', () => {
  it('gives itd and viewers the framework as YAML and JSON, and audits it', async () => {
    const yaml = await download(
      '/export/ramverk.yaml',
      await server.cookieOf('ks@demo.lagesbild.se'),
    );
    expect(yaml.status).toBe(200);
    expect(yaml.headers.get('content-disposition')).toContain('lagesbild-2026-v1.yaml');
    const text = await yaml.text();
    expect(text).toContain('format: lagesbild-framework/1');
    expect(text).toContain('version: 1');

    const json = await download(
      '/export/ramverk.json?version=1',
      await server.cookieOf('itd@demo.lagesbild.se'),
    );
    expect(json.status).toBe(200);
    const document = (await json.json()) as { version: number; areas: unknown[] };
    expect(document).toMatchObject({ format: 'lagesbild-framework/1', version: 1 });
    expect(document.areas).toHaveLength(10);
    expect(await server.lastAudit()).toMatchObject({
      action: 'export.framework',
      outcome: 'success',
      summary: { format: 'json', version: 1 },
    });
  });

  it('refuses reporters and strangers, unknown formats and versions', async () => {
    const reporter = await server.cookieOf('miljoforvaltningen@demo.lagesbild.se');
    expect((await download('/export/ramverk.yaml', reporter)).status).toBe(403);
    expect((await download('/export/ramverk.yaml')).status).toBe(401);
    const itd = await server.cookieOf('itd@demo.lagesbild.se');
    expect((await download('/export/ramverk.xml', itd)).status).toBe(400);
    expect((await download('/export/ramverk.json?version=7', itd)).status).toBe(404);
    expect((await download('/export/ramverk.json?version=x', itd)).status).toBe(400);
  });
});
