import type ExcelJS from 'exceljs';
import { fteSchema, isoDateSchema, type ImportErrorCode } from '@lagesbild/domain';

/** What a cell holds once Excel's wrappers (rich text, links) are taken off. */
type Plain = string | number | boolean | Date | null;

function plainOf(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return value;
  }
  if ('richText' in value) return plainOf(value.richText.map((r) => r.text).join(''));
  if ('hyperlink' in value) return plainOf(value.text as ExcelJS.CellValue);
  // A formula's cached result is whatever the last program to save the file claimed; it is never
  // taken, nor the formula evaluated. refuseFormulas names such cells where a value is read.
  return null;
}

/** Why a cell is refused whatever column it is in: a formula, or an error value such as #REF!. */
export function refusalOf(cell: ExcelJS.Cell): 'formula' | 'errorValue' | null {
  const value = cell.value;
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  if ('formula' in value || 'sharedFormula' in value) return 'formula';
  if ('error' in value) return 'errorValue';
  return null;
}

export function readPlain(cell: ExcelJS.Cell): Plain {
  return plainOf(cell.value);
}

/** Text as typed; numbers and dates as Excel would show them in a text cell. */
export function readText(cell: ExcelJS.Cell): string | null {
  const value = readPlain(cell);
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

type Read<T> = { ok: true; value: T | null } | { ok: false; code: ImportErrorCode };

/** A number, also when typed as text with a decimal comma ("1,5") or spaces between thousands. */
export function readNumber(cell: ExcelJS.Cell): Read<number> {
  const value = readPlain(cell);
  if (value === null) return { ok: true, value: null };
  if (typeof value === 'number') {
    // A hand-edited file can hold "NaN" or "1e999", which no form field takes.
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, code: 'notANumber' };
  }
  if (typeof value !== 'string') return { ok: false, code: 'notANumber' };
  const compact = value.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-');
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) return { ok: false, code: 'notANumber' };
  return { ok: true, value: Number(compact.replace(',', '.')) };
}

/** An FTE checked by the same schema as the capacity form. */
export function readFte(cell: ExcelJS.Cell): Read<number> {
  const read = readNumber(cell);
  if (!read.ok || read.value === null) return read;
  const parsed = fteSchema.safeParse(read.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const code =
    issue.code === 'too_small'
      ? 'fteNegative'
      : issue.code === 'too_big'
        ? 'fteTooLarge'
        : 'fteDecimals';
  return { ok: false, code };
}

/** A whole number from a list of allowed values (levels 1–5, years). */
export function readInteger(cell: ExcelJS.Cell, allowed?: (n: number) => boolean): Read<number> {
  const read = readNumber(cell);
  if (!read.ok) return allowed ? { ok: false, code: 'invalidChoice' } : read;
  if (read.value === null) return read;
  if (!Number.isInteger(read.value))
    return { ok: false, code: allowed ? 'invalidChoice' : 'notANumber' };
  if (allowed && !allowed(read.value)) return { ok: false, code: 'invalidChoice' };
  return read;
}

// Excel counts days from 30 December 1899 when a date is stored as a plain number.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A date as ISO yyyy-mm-dd, whether Excel kept it as text, turned it into a date, or a serial number. */
export function readDate(cell: ExcelJS.Cell): Read<string> {
  const value = readPlain(cell);
  if (value === null) return { ok: true, value: null };
  let text: string;
  if (value instanceof Date) text = value.toISOString().slice(0, 10);
  else if (typeof value === 'number' && value > 0 && value < 2_958_466) {
    text = new Date(EXCEL_EPOCH_MS + Math.round(value) * 86_400_000).toISOString().slice(0, 10);
  } else text = String(value);
  return isoDateSchema.safeParse(text).success
    ? { ok: true, value: text }
    : { ok: false, code: 'invalidDate' };
}

/**
 * The rows below the header that are in the file. Not 2..rowCount: one value typed in row 1 048 576
 * would otherwise make exceljs build a million empty rows.
 */
export function dataRowsOf(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row) => {
    if (row.number > 1) rows.push(row);
  });
  return rows;
}

/** Whether nothing is typed in any of the row's first `columns` cells. */
export function isEmptyRow(row: ExcelJS.Row, columns: number): boolean {
  for (let c = 1; c <= columns; c++) if (readPlain(row.getCell(c)) !== null) return false;
  return true;
}
