import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFileServer, type FileServer } from './testing/file-server';

let server: FileServer;

beforeAll(async () => {
  server = await startFileServer();
});
afterAll(() => server.close());

const download = (cookie?: string) =>
  fetch(`${server.base}/export/faktorer.xlsx`, { headers: cookie ? { cookie } : {} });

async function readWorkbook(res: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook;
}

describe('the critical factors workbook', () => {
  it('gives a KS member the register and the scores per round, and audits it', async () => {
    const res = await download(await server.cookieOf('ks@demo.lagesbild.se'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('lagesbild-malmo-faktorer.xlsx');
    const workbook = await readWorkbook(res);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Faktorer', 'Poäng per omgång']);
    const factors = workbook.getWorksheet('Faktorer')!;
    expect(factors.getRow(1).getCell(2).value).toBe('Faktor');
    expect(factors.rowCount).toBe(1 + 12);
    const itLaw = factors
      .getSheetValues()
      .find(
        (row) => Array.isArray(row) && row[2] === 'Brist på IT-juridisk kompetens',
      ) as unknown[];
    // Columns from 1: code, title, kind, likelihood, impact, score, band, change. KS reads the scores of
    // the latest closed round, 2026-K3: IT law's rise, recorded in the open round, waits for it to close.
    expect(itLaw.slice(3, 9)).toEqual(['Risk', 4, 4, 16, 'Hög', 0]);
    const scores = workbook.getWorksheet('Poäng per omgång')!;
    // Twelve factors, each scored in the eight closed rounds (the open round's scores are ITD's to see).
    expect(scores.rowCount).toBe(1 + 12 * 8);
    expect(scores.getRow(2).values).toEqual(expect.arrayContaining(['2024-K4']));
    expect(await server.lastAudit()).toMatchObject({
      action: 'export.factors',
      outcome: 'success',
      actor_label: 'Kim Ledamot (KS)',
      summary: { factors: 12 },
    });
  });

  it('is open to reporters too, and closed to anyone not signed in', async () => {
    const reporter = await download(await server.cookieOf('miljoforvaltningen@demo.lagesbild.se'));
    expect(reporter.status).toBe(200);
    expect((await download()).status).toBe(401);
  });
});
