import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFileServer, type FileServer } from './testing/file-server';

let server: FileServer;

beforeAll(async () => {
  server = await startFileServer();
});
afterAll(() => server.close());

const download = (cookie?: string) =>
  fetch(`${server.base}/export/nyttor.xlsx`, { headers: cookie ? { cookie } : {} });

describe('the benefit workbook', () => {
  it('gives a KS member the benefits with realisation, measurements, actions and boards; audited', async () => {
    const res = await download(await server.cookieOf('ks@demo.lagesbild.se'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/lagesbild-malmo-nyttor-.*\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Nyttor',
      'Mätningar',
      'Åtgärder',
      'Per nämnd',
    ]);
    const benefits = workbook.getWorksheet('Nyttor')!;
    expect(benefits.rowCount).toBe(1 + 16);
    const headers = benefits.getRow(1).values as unknown[];
    const realisationColumn = headers.indexOf('Realisering (%)');
    const miljodata = benefits
      .getRows(2, 16)!
      .find((r) => r.getCell(1).value === 'publicerade-miljodata')!;
    // 5 → 22 of 5 → 40 published datasets.
    expect(miljodata.getCell(realisationColumn).value).toBe(49);
    expect(workbook.getWorksheet('Mätningar')!.rowCount).toBe(1 + 31);
    const actions = workbook.getWorksheet('Åtgärder')!;
    expect(actions.getRow(2).values).toContain('Kommunstyrelsen');
    const boards = workbook.getWorksheet('Per nämnd')!;
    const city = boards.getRow(boards.rowCount).values as unknown[];
    expect(city.slice(1)).toEqual(['Hela staden', 16, 13, 49, 3, 8, 2, 4]);
    expect(await server.lastAudit()).toMatchObject({
      action: 'export.benefits',
      outcome: 'success',
      actor_label: 'Kim Ledamot (KS)',
      summary: { benefits: 16, actions: 8 },
    });
  });

  it('is for signed-in users only', async () => {
    const res = await download();
    expect(res.status).toBe(401);
  });
});
