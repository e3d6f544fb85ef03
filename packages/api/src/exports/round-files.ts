import ExcelJS from 'exceljs';
import type { RoundExport } from '@lagesbild/db/repositories';
import { writeCsv } from './csv';
import { buildRoundSheets, type ExportSheet } from './round-sheets';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

/**
 * Tables as a workbook: a sheet each, bold frozen headers, yes/no for booleans. A string is stored as
 * a text cell whatever it begins with (exceljs makes a formula only of `{ formula }`), so users' text
 * cannot become one.
 */
export async function writeWorkbook(title: string, sheets: ExportSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lägesbild';
  workbook.title = title;
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows)
      ws.addRow(row.map((v) => (typeof v === 'boolean' ? (v ? 'ja' : 'nej') : v)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The round as a file; a CSV holds one table (`tabell`), the workbook and JSON hold them all. */
export async function buildRoundFile(
  data: RoundExport,
  format: ExportFormat,
  table = 'bedomningar',
): Promise<Buffer | null> {
  if (format === 'json') return Buffer.from(JSON.stringify(data, null, 2), 'utf8');
  const sheets = buildRoundSheets(data);
  if (format === 'xlsx') {
    return writeWorkbook(`${data.organisation.name}, omgång ${data.round.code}`, sheets);
  }
  const sheet = sheets.find((s) => s.key === table);
  return sheet ? writeCsv(sheet) : null;
}

export const EXPORT_TABLES = [
  'bedomningar',
  'inlamningar',
  'planeringskapacitet',
  'kompetens',
  'behov',
  'baskrav',
] as const;
