import type { Database } from '@lagesbild/db/client';
import { loadCapacityForm, loadReportForm } from '@lagesbild/db/repositories';
import type { CapacityForm, ReportForm } from '@lagesbild/domain';
import ExcelJS from 'exceljs';
import { buildReportWorkbook } from './build-report-workbook';
import { parseReportWorkbook, type ParseContext } from './parse-report-workbook';
import { fieldsOf } from './preview-report-import';

/** For the workbook tests: a unit's workbook of the demo city as downloaded, and ways to change it. */
export const FIXTURE_ROUND = '2026-K4';
export const FIXTURE_UNIT = 'miljoforvaltningen';

export interface ReportWorkbookFixture {
  report: ReportForm;
  capacity: CapacityForm;
  /** The workbook as the download delivers it. */
  file: Buffer;
  context: () => ParseContext;
  /** The downloaded file with some cells changed, as a person (or a script) could in Excel. */
  edit: (change: (wb: ExcelJS.Workbook) => void) => Promise<Buffer>;
  /** A refused file's errors as `sheet!cell code`; throws when the file is accepted. */
  errorsOf: (body: Buffer) => Promise<string[]>;
}

export async function loadReportWorkbookFixture(db: Database): Promise<ReportWorkbookFixture> {
  const report = await loadReportForm(db, 'malmo', FIXTURE_ROUND, FIXTURE_UNIT);
  const capacity = await loadCapacityForm(db, 'malmo', FIXTURE_ROUND, FIXTURE_UNIT);
  const file = await buildReportWorkbook(report, capacity, new Date('2026-11-27T10:00:00Z'));
  const context = (): ParseContext => ({
    roundCode: FIXTURE_ROUND,
    unitSlug: FIXTURE_UNIT,
    saved: new Map(report.items.map((i) => [i.capabilityCode, fieldsOf(i)])),
    requirementCodes: new Set(capacity.capabilities.map((c) => c.code)),
  });
  return {
    report,
    capacity,
    file,
    context,
    async edit(change) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file as unknown as ArrayBuffer);
      change(wb);
      return Buffer.from(await wb.xlsx.writeBuffer());
    },
    async errorsOf(body) {
      const result = await parseReportWorkbook(body, context());
      if (result.ok) throw new Error('expected errors');
      return result.errors.map((e) => `${e.sheet}!${e.column ?? '-'}${e.row ?? ''} ${e.code}`);
    },
  };
}
