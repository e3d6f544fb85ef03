import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import type { ReportForm } from '@lagesbild/domain';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportWorkbook } from './parse-report-workbook';
import { SHEETS } from './report-layout';
import {
  FIXTURE_ROUND as ROUND,
  loadReportWorkbookFixture,
  type ReportWorkbookFixture,
} from './report-workbook-fixture';

let handle: DatabaseHandle;
let fixture: ReportWorkbookFixture;
let report: ReportForm;
beforeAll(async () => {
  handle = await openTestDatabase();
  fixture = await loadReportWorkbookFixture(handle.db);
  ({ report } = fixture);
});
afterAll(() => handle.close());

const contextOf = () => fixture.context();
const errorsOf = (body: Buffer) => fixture.errorsOf(body);

/** The downloaded file, edited as a person (or a script) could; a sheet not there is added. */
const edit = (change: (sheet: (name: string) => ExcelJS.Worksheet) => void) =>
  fixture.edit((wb) => change((name) => wb.getWorksheet(name) ?? wb.addWorksheet(name)));

async function parse(body: Buffer) {
  return parseReportWorkbook(body, contextOf());
}

const rated = () => report.items.findIndex((i) => !i.notApplicable && i.selfRating !== null) + 2;

describe('crafted cells in the unit workbook', () => {
  it('refuses a formula or an error value wherever a value is read, never its cached result', async () => {
    const row = rated();
    const body = await edit((sheet) => {
      const answers = sheet(SHEETS.answers);
      // The cached result equals the saved rating: trusting it would pass the file.
      const saved = answers.getCell(`D${row}`).value as number;
      answers.getCell(`D${row}`).value = { formula: `${saved}`, result: saved };
      // A shared formula as Excel writes one: the master cell, then a cell that refers to it.
      answers.getCell(`L${row + 1}`).value = {
        formula: 'WEBSERVICE("https://evil.example")',
        result: 'x',
        shareType: 'shared',
        ref: `L${row + 1}:L${row + 2}`,
      } as ExcelJS.CellFormulaValue;
      answers.getCell(`L${row + 2}`).value = { sharedFormula: `L${row + 1}`, result: 'x' };
      answers.getCell(`E${row + 3}`).value = { error: '#REF!' };
      sheet(SHEETS.capacity).getCell('C2').value = { formula: '1+1', result: 2 };
      sheet(SHEETS.demand).getCell('D2').value = { formula: 'C2*2', result: 0 };
      sheet(SHEETS.requirements).getCell('D2').value = { error: '#N/A' };
      sheet(SHEETS.about).getCell('B1').value = { formula: '"2026-K4"', result: ROUND };
    });
    expect(await errorsOf(body)).toEqual([
      'Om filen!B1 formula',
      `Förmågor!D${row} formula`,
      `Förmågor!L${row + 1} formula`,
      `Förmågor!L${row + 2} formula`,
      `Förmågor!E${row + 3} errorValue`,
      'Kapacitet!C2 formula',
      'Efterfrågan!D2 formula',
      'Baskrav!D2 errorValue',
    ]);
  });

  it('names the cell and column of a formula, as the dashboard shows it', async () => {
    const body = await edit((sheet) => {
      sheet(SHEETS.answers).getCell('F2').value = { formula: 'YEAR(TODAY())', result: 2026 };
    });
    const result = await parse(body);
    expect(result).toEqual({
      ok: false,
      errors: [{ sheet: 'Förmågor', row: 2, column: 'F', columnName: 'Målår', code: 'formula' }],
    });
  });

  it('refuses wrong types, huge and negative numbers and a 100 000-character text', async () => {
    const body = await edit((sheet) => {
      const answers = sheet(SHEETS.answers);
      answers.getCell('F2').value = new Date('2027-01-01');
      answers.getCell('D3').value = true;
      answers.getCell('E4').value = -3;
      answers.getCell('F5').value = 1e300;
      answers.getCell('L6').value = 'x'.repeat(100_000);
      const cap = sheet(SHEETS.capacity);
      cap.getCell('C2').value = 1e300;
      cap.getCell('C3').value = new Date('2026-01-01');
      sheet(SHEETS.demand).getCell('D2').value = -0.5;
    });
    expect(await errorsOf(body)).toEqual([
      'Förmågor!F2 notANumber',
      'Förmågor!D3 invalidChoice',
      'Förmågor!E4 invalidChoice',
      'Förmågor!F5 invalidYear',
      'Förmågor!L6 tooLong',
      'Kapacitet!C2 fteTooLarge',
      'Kapacitet!C3 notANumber',
      'Efterfrågan!D2 fteNegative',
    ]);
  });

  it('accepts what is harmless: rich text, a link object, a number as text, an extra sheet, a formula in a column it does not read', async () => {
    const body = await edit((sheet) => {
      const answers = sheet(SHEETS.answers);
      answers.getCell('L2').value = {
        richText: [{ text: 'Fet ', font: { bold: true } }, { text: 'text' }],
      };
      answers.getCell('H2').value = {
        text: 'https://malmo.se/plan',
        hyperlink: 'https://malmo.se/plan',
      };
      answers.getCell('I2').value = 2026;
      answers.getCell('C2').value = { formula: 'UPPER(B2)', result: 'X' };
      sheet('Mina anteckningar').getCell('A1').value = { formula: 'SUM(1,2)', result: 3 };
    });
    const result = await parse(body);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const first = result.workbook.answers.get(report.items[0]!.capabilityCode)!;
    expect(first.fields.comment).toBe('Fet text');
    expect(first.fields.evidence).toMatchObject({ link: 'https://malmo.se/plan', owner: '2026' });
  });

  it('names renamed and missing sheets', async () => {
    const body = await edit((sheet) => {
      sheet(SHEETS.capacity).name = 'Kapacitet (2)';
    });
    expect(await errorsOf(body)).toEqual(['Kapacitet!- missingSheet']);
  });

  it('refuses rows for capabilities not in the form, at most a thousand, and a value far down the sheet', async () => {
    const body = await edit((sheet) => {
      const answers = sheet(SHEETS.answers);
      for (let r = 100; r < 5100; r++) answers.getCell(`B${r}`).value = `okand-${r}`;
      answers.getCell('L1048576').value = 'längst ner';
    });
    const errors = await errorsOf(body);
    expect(errors).toHaveLength(1000);
    expect(errors[0]).toBe('Förmågor!B100 unknownCapability');
    expect(new Set(errors.map((e) => e.split(' ')[1]))).toEqual(new Set(['unknownCapability']));
    const farDown = await edit((sheet) => {
      sheet(SHEETS.answers).getCell('L1048576').value = 'längst ner';
    });
    expect(await errorsOf(farDown)).toEqual(['Förmågor!B1048576 unknownCapability']);
  });
});
