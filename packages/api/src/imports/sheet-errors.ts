import type ExcelJS from 'exceljs';
import type { ImportError, ImportErrorCode } from '@lagesbild/domain';
import { readText, refusalOf } from './read-cells';
import { letterOf, type Column } from './report-layout';

/** More than this is a wrong file, not a list anyone reads to the end. */
const MAX_ERRORS = 1000;

/** Collects every error with its place in the workbook, rather than stopping at the first. */
export class ErrorList {
  readonly errors: ImportError[] = [];
  /** One error per cell, the first found: a formula in a rating cell is not also "rating required". */
  private readonly cells = new Set<string>();
  add(
    sheet: string,
    row: number | null,
    column: number | null,
    columnName: string | null,
    code: ImportErrorCode,
  ) {
    if (this.errors.length >= MAX_ERRORS) return;
    if (row !== null && column !== null) {
      const cell = `${sheet}!${column}:${row}`;
      if (this.cells.has(cell)) return;
      this.cells.add(cell);
    }
    this.errors.push({ sheet, row, column: column ? letterOf(column) : null, columnName, code });
  }
}

/**
 * Names every formula and error value (#REF!) in the columns the reader takes values from. A
 * formula is refused rather than evaluated or its cached result trusted: what the form saves is
 * what the reporter typed.
 */
export function refuseFormulas(
  ws: ExcelJS.Worksheet,
  isRead: (column: number) => boolean,
  errors: ErrorList,
  nameOf: (row: number, column: number) => string | null,
) {
  ws.eachRow((row) => {
    row.eachCell((cell, column) => {
      const code = isRead(column) ? refusalOf(cell) : null;
      if (code) errors.add(ws.name, row.number, column, nameOf(row.number, column), code);
    });
  });
}

/** The code and version columns are read-only for people, but the reader keys rows by them. */
const KEY_COLUMNS: ReadonlySet<string> = new Set(['code', 'version']);

/**
 * The sheet, or an error for it; headers that moved or were renamed are errors in their cells, as
 * are formulas where a value is read. `readsBeyond`: the columns after the layout's are read too.
 */
export function findSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column<string>[],
  errors: ErrorList,
  options: { readsBeyond?: boolean } = {},
): ExcelJS.Worksheet | null {
  const ws = workbook.getWorksheet(name);
  if (!ws) {
    errors.add(name, null, null, null, 'missingSheet');
    return null;
  }
  refuseFormulas(
    ws,
    (column) => {
      const layout = columns[column - 1];
      if (!layout) return options.readsBeyond ?? false;
      return !layout.readOnly || KEY_COLUMNS.has(layout.key);
    },
    errors,
    (_row, column) => columns[column - 1]?.header ?? readText(ws.getCell(1, column)),
  );
  let ok = true;
  columns.forEach((c, i) => {
    if (readText(ws.getCell(1, i + 1)) !== c.header) {
      errors.add(name, 1, i + 1, c.header, 'missingHeader');
      ok = false;
    }
  });
  return ok ? ws : null;
}
