import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFileServer, type FileServer } from './testing/file-server';

let server: FileServer;

beforeAll(async () => {
  server = await startFileServer();
});
afterAll(() => server.close());

describe('the AI and test workbook', () => {
  it('gives a KS reader the use cases with their reach and reasons, and the competence, and audits it', async () => {
    const res = await fetch(`${server.base}/export/ai.xlsx`, {
      headers: { cookie: await server.cookieOf('ks@demo.lagesbild.se') },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('lagesbild-malmo-ai-och-test.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'AI-tillämpningar',
      'Kompetens per enhet',
      'Kompetens per omgång',
    ]);
    const sheet = workbook.getWorksheet('AI-tillämpningar')!;
    expect(sheet.rowCount).toBe(1 + 12);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (name: string) => header.indexOf(name) + 1;
    const bygglov = sheet
      .getRows(2, 12)!
      .find((r) => r.getCell(1).value === 'bygglov-kompletteringar')!;
    expect(bygglov.getCell(column('Inom räckhåll')).value).toBe('nej');
    expect(String(bygglov.getCell(column('Skäl')).value)).toContain('insats 4 > 3');
    expect(String(bygglov.getCell(column('Skäl')).value)).toContain('plattform 1 < 2');
    expect(bygglov.getCell(column('Regel')).value).toBe(
      'Varje beredskap minst 2, medel minst 3, insats högst 3',
    );
    const rounds = workbook.getWorksheet('Kompetens per omgång')!;
    expect(rounds.rowCount).toBe(1 + 2 * 2);
    expect(workbook.getWorksheet('Kompetens per enhet')!.rowCount).toBe(1 + 14);
    expect(await server.lastAudit()).toMatchObject({
      action: 'export.ai',
      outcome: 'success',
      summary: { useCases: 12, withinReach: 4 },
    });
  });

  it('asks for a sign-in first', async () => {
    const res = await fetch(`${server.base}/export/ai.xlsx`);
    expect(res.status).toBe(401);
  });
});
