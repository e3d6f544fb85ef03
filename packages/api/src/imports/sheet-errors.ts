import type ExcelJS from 'exceljs';
import type { ImportError, ImportErrorCode } from '@lagesbild/domain';
import { readText } from './read-cells';
import { letterOf, type Column } from './report-layout';

/** More than this is a wrong file, not a list anyone reads to the end. */
const MAX_ERRORS = 1000;

/** Collects every error with its place in the workbook, rather than stopping at the first. */
export class ErrorList {
  readonly errors: ImportError[] = [];
  add(
    sheet: string,
    row: number | null,
    column: number | null,
    columnName: string | null,
    code: ImportErrorCode,
  ) {
    if (this.errors.length >= MAX_ERRORS) return;
    this.errors.push({ sheet, row, column: column ? letterOf(column) : null, columnName, code });
  }
}

/** The sheet, or an error for it; headers that moved or were renamed are errors in their cells. */
export function findSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column<string>[],
  errors: ErrorList,
): ExcelJS.Worksheet | null {
  const ws = workbook.getWorksheet(name);
  if (!ws) {
    errors.add(name, null, null, null, 'missingSheet');
    return null;
  }
  let ok = true;
  columns.forEach((c, i) => {
    if (readText(ws.getCell(1, i + 1)) !== c.header) {
      errors.add(name, 1, i + 1, c.header, 'missingHeader');
      ok = false;
    }
  });
  return ok ? ws : null;
}
