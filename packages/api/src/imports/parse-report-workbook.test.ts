import type { DatabaseHandle } from '@lagesbild/db/client';
import { listReportStamps } from '@lagesbild/db/repositories';
import { openTestDatabase } from '@lagesbild/db/testing';
import type { CapacityForm, ReportForm } from '@lagesbild/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportWorkbook } from './parse-report-workbook';
import { previewReportImport } from './preview-report-import';
import { SHEETS } from './report-layout';
import {
  FIXTURE_ROUND as ROUND,
  FIXTURE_UNIT as UNIT,
  loadReportWorkbookFixture,
  type ReportWorkbookFixture,
} from './report-workbook-fixture';

let handle: DatabaseHandle;
let fixture: ReportWorkbookFixture;
let report: ReportForm;
let capacity: CapacityForm;
let file: Buffer;
beforeAll(async () => {
  handle = await openTestDatabase();
  fixture = await loadReportWorkbookFixture(handle.db);
  ({ report, capacity, file } = fixture);
});
afterAll(() => handle.close());

const contextOf = () => fixture.context();
const errorsOf = (body: Buffer) => fixture.errorsOf(body);
const edit = (change: (wb: ExcelJS.Workbook) => void) => fixture.edit(change);

const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name)!;

describe('the unit workbook', () => {
  it('has the sheets, headers and a frozen header row, pre-filled with the form', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(SHEETS));
    const answers = sheet(wb, SHEETS.answers);
    expect(answers.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(answers.getCell('D1').value).toBe('Självskattning');
    expect(answers.rowCount).toBe(1 + report.items.length);
    const first = report.items[0]!;
    expect(answers.getCell('B2').value).toBe(first.capabilityCode);
    expect(answers.getCell('D3').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet(wb, SHEETS.demand).getRow(1).values).toEqual([
      undefined,
      'Område',
      'Kod',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
    ]);
  });

  it('reads back unchanged: no errors and nothing to import', async () => {
    const result = await parseReportWorkbook(file, contextOf());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stamps = await listReportStamps(handle.db, 'malmo', ROUND, UNIT);
    const preview = previewReportImport(report, capacity, stamps, result.workbook);
    expect(preview.counts).toEqual({ changed: 0, unchanged: report.items.length });
    expect(preview.capacity.changes).toEqual([]);
    expect(preview.apply).toEqual({ round: ROUND, items: [], capacity: null });
  });

  it('lists every broken cell with its sheet, row and column', async () => {
    const body = await edit((wb) => {
      const answers = sheet(wb, SHEETS.answers);
      answers.getCell('D3').value = 'sju';
      answers.getCell('J4').value = '2026-13-01';
      answers.getCell('K5').value = 'Kanske';
      answers.getCell('B6').value = 'finns-inte';
      answers.getCell('B7').value = answers.getCell('B2').value;
      answers.getCell('H8').value = 'javascript:alert(1)';
      answers.getCell('F9').value = 'nästa år';
      const cap = sheet(wb, SHEETS.capacity);
      cap.getCell('C3').value = 'många';
      cap.getCell('B4').value = 'okant-omrade';
      cap.getCell('C5').value = 1.255;
      sheet(wb, SHEETS.demand).getCell('D2').value = -1;
      sheet(wb, SHEETS.requirements).getCell('D2').value = 9;
    });
    expect(await errorsOf(body)).toEqual([
      'Förmågor!D3 invalidChoice',
      'Förmågor!J4 invalidDate',
      'Förmågor!K5 invalidChoice',
      'Förmågor!B6 unknownCapability',
      'Förmågor!B7 duplicateRow',
      'Förmågor!H8 linkInvalid',
      'Förmågor!F9 notANumber',
      'Kapacitet!C3 notANumber',
      'Kapacitet!B4 unknownArea',
      'Kapacitet!C5 fteDecimals',
      'Efterfrågan!D2 fteNegative',
      'Baskrav!D2 invalidChoice',
    ]);
  });

  it('names a missing sheet, a renamed header, and a file for another unit or round', async () => {
    const body = await edit((wb) => {
      wb.removeWorksheet(sheet(wb, SHEETS.demand).id);
      sheet(wb, SHEETS.answers).getCell('F1').value = 'År';
      const about = sheet(wb, SHEETS.about);
      about.getCell('B1').value = '2026-K3';
      about.getCell('B3').value = 'kulturforvaltningen';
    });
    expect(await errorsOf(body)).toEqual([
      'Om filen!B1 wrongRound',
      'Om filen!B3 wrongUnit',
      'Förmågor!F1 missingHeader',
      'Efterfrågan!- missingSheet',
    ]);
  });

  it('a rating emptied where one was given is an error, as in the form', async () => {
    const item = report.items.find((i) => !i.notApplicable)!;
    const row = report.items.indexOf(item) + 2;
    const body = await edit((wb) => {
      sheet(wb, SHEETS.answers).getCell(`D${row}`).value = null;
    });
    expect(await errorsOf(body)).toEqual([`Förmågor!D${row} ratingRequired`]);
  });

  it('says that a file is not a workbook', async () => {
    expect(await errorsOf(Buffer.from('not a zip'))).toEqual(['!- notAWorkbook']);
  });

  it('previews base requirement and demand changes by the capacity page names', async () => {
    const body = await edit((wb) => {
      const requirements = sheet(wb, SHEETS.requirements);
      const level = requirements.getCell('D2').value;
      requirements.getCell('D2').value = level === 5 ? 4 : 5;
      sheet(wb, SHEETS.demand).getCell('E4').value = 2.5;
    });
    const result = await parseReportWorkbook(body, contextOf());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const stamps = await listReportStamps(handle.db, 'malmo', ROUND, UNIT);
    const preview = previewReportImport(report, capacity, stamps, result.workbook);
    const first = capacity.capabilities[0]!;
    expect(preview.capacity.changes.map((c) => [c.field, c.capabilityName, c.after])).toEqual([
      ['demand.arkitektur.2028', null, 2.5],
      [`requirement.${first.code}`, first.name, expect.any(Number)],
    ]);
  });

  it('previews exactly the changed fields, with the saved version to apply against', async () => {
    const [a, b] = report.items.filter((i) => !i.notApplicable && i.selfRating! < 5);
    const rowOf = (code: string) => report.items.findIndex((i) => i.capabilityCode === code) + 2;
    const body = await edit((wb) => {
      const answers = sheet(wb, SHEETS.answers);
      answers.getCell(`D${rowOf(a!.capabilityCode)}`).value = a!.selfRating! + 1;
      answers.getCell(`D${rowOf(b!.capabilityCode)}`).value = String(b!.selfRating! + 1);
      answers.getCell(`L${rowOf(b!.capabilityCode)}`).value = 'Nytt i Excel';
      sheet(wb, SHEETS.capacity).getCell('C2').value = '3,5';
    });
    const result = await parseReportWorkbook(body, contextOf());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const stamps = await listReportStamps(handle.db, 'malmo', ROUND, UNIT);
    const preview = previewReportImport(report, capacity, stamps, result.workbook);
    expect(preview.counts).toEqual({ changed: 2, unchanged: report.items.length - 2 });
    expect(preview.answers.map((x) => [x.capabilityCode, x.changes])).toEqual([
      [a!.capabilityCode, [{ field: 'rating', before: a!.selfRating, after: a!.selfRating! + 1 }]],
      [
        b!.capabilityCode,
        [
          { field: 'rating', before: b!.selfRating, after: b!.selfRating! + 1 },
          { field: 'comment', before: b!.comment, after: 'Nytt i Excel' },
        ],
      ],
    ]);
    expect(preview.capacity.changes).toEqual([
      { field: 'planningFte', capabilityName: null, before: expect.any(Number), after: 3.5 },
    ]);
    expect(preview.apply.items.map((i) => i.version)).toEqual([a!.version, b!.version]);
    expect(preview.apply.capacity?.report.planningFte).toBe(3.5);
    expect(preview.staleRows).toEqual([]);

    // Someone saved after the download: the preview names the row and who saved it.
    const later = { ...stamps, answers: new Map(stamps.answers) };
    later.answers.set(a!.capabilityCode, {
      version: a!.version + 1,
      updatedBy: 'Kollega',
      updatedAt: '2026-11-27T11:00:00.000Z',
    });
    const stale = previewReportImport(report, capacity, later, result.workbook);
    expect(stale.staleRows).toEqual([
      { capabilityCode: a!.capabilityCode, capabilityName: a!.capabilityName },
    ]);
    expect(stale.answers[0]!.stale).toMatchObject({
      fileVersion: a!.version,
      updatedBy: 'Kollega',
    });
  });
});
