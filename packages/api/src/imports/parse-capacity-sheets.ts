import type ExcelJS from 'exceljs';
import {
  capacityReportSchema,
  competenceAreaSchema,
  type CapacityReport,
  type CompetenceArea,
} from '@lagesbild/domain';
import { dataRowsOf, isEmptyRow, readFte, readInteger, readText } from './read-cells';
import {
  CAPACITY_COLUMNS,
  DEMAND_COLUMNS,
  PLANNING_CODE,
  REQUIREMENT_COLUMNS,
  SHEETS,
  type Column,
} from './report-layout';
import { findSheet, type ErrorList } from './sheet-errors';

const isLevel = (n: number) => Number.isInteger(n) && n >= 1 && n <= 5;
const isYear = (n: number) => n >= 2020 && n <= 2100;

/** Rows with something typed in them, each with its key (the code column) checked once. */
function* keyedRows<K>(
  ws: ExcelJS.Worksheet,
  columns: readonly Column<string>[],
  width: number,
  errors: ErrorList,
  keyOf: (code: string | null) => K | 'unknownArea' | 'unknownCapability',
) {
  const codeColumn = columns.findIndex((c) => c.key === 'code') + 1;
  const seen = new Set<K>();
  for (const row of dataRowsOf(ws)) {
    const r = row.number;
    if (isEmptyRow(row, width)) continue;
    const key = keyOf(readText(row.getCell(codeColumn)));
    const header = columns[codeColumn - 1]!.header;
    if (key === 'unknownArea' || key === 'unknownCapability') {
      errors.add(ws.name, r, codeColumn, header, key as 'unknownArea' | 'unknownCapability');
    } else if (seen.has(key)) {
      errors.add(ws.name, r, codeColumn, header, 'duplicateRow');
    } else {
      seen.add(key);
      yield { row, key: key as K };
    }
  }
}

const areaOf = (code: string | null): CompetenceArea | 'unknownArea' => {
  const parsed = competenceAreaSchema.safeParse(code);
  return parsed.success ? parsed.data : 'unknownArea';
};

function parseCapacity(ws: ExcelJS.Worksheet, errors: ErrorList, report: CapacityReport) {
  const header = (i: number) => CAPACITY_COLUMNS[i - 1]!.header;
  let planningSeen = false;
  const rows = keyedRows(ws, CAPACITY_COLUMNS, CAPACITY_COLUMNS.length, errors, (code) =>
    code === PLANNING_CODE ? PLANNING_CODE : areaOf(code),
  );
  for (const { row, key } of rows) {
    const fte = readFte(row.getCell(3));
    if (!fte.ok) errors.add(ws.name, row.number, 3, header(3), fte.code);
    if (key === PLANNING_CODE) {
      planningSeen = true;
      if (fte.ok && fte.value === null)
        errors.add(ws.name, row.number, 3, header(3), 'fteRequired');
      if (fte.ok) report.planningFte = fte.value ?? 0;
      continue;
    }
    const level = readInteger(row.getCell(4), isLevel);
    if (!level.ok) errors.add(ws.name, row.number, 4, header(4), level.code);
    // Like the form: a level with no FTE counts as 0 FTE; a row with neither is not reported.
    if (!fte.ok || !level.ok || (fte.value === null && level.value === null)) continue;
    report.competences.push({ area: key, fte: fte.value ?? 0, level: level.value });
  }
  if (!planningSeen) errors.add(ws.name, 2, 2, header(2), 'fteRequired');
}

function parseDemand(ws: ExcelJS.Worksheet, errors: ErrorList, report: CapacityReport) {
  const years: { column: number; year: number }[] = [];
  for (let c = DEMAND_COLUMNS.length + 1; readText(ws.getCell(1, c)) !== null; c++) {
    const year = readInteger(ws.getCell(1, c), isYear);
    if (!year.ok || years.some((y) => y.year === year.value)) {
      errors.add(ws.name, 1, c, readText(ws.getCell(1, c)), 'invalidYear');
    } else years.push({ column: c, year: year.value! });
  }
  const width = DEMAND_COLUMNS.length + years.length;
  for (const { row, key: area } of keyedRows(ws, DEMAND_COLUMNS, width, errors, areaOf)) {
    for (const { column, year } of years) {
      const fte = readFte(row.getCell(column));
      if (!fte.ok) errors.add(ws.name, row.number, column, String(year), fte.code);
      else if (fte.value !== null) report.demand.push({ area, year, fte: fte.value });
    }
  }
}

function parseRequirements(
  ws: ExcelJS.Worksheet,
  codes: ReadonlySet<string>,
  errors: ErrorList,
  report: CapacityReport,
) {
  const levelColumn = REQUIREMENT_COLUMNS.length;
  const rows = keyedRows(ws, REQUIREMENT_COLUMNS, levelColumn, errors, (code) =>
    code && codes.has(code) ? code : 'unknownCapability',
  );
  for (const { row, key } of rows) {
    const level = readInteger(row.getCell(levelColumn), isLevel);
    if (!level.ok) {
      errors.add(
        ws.name,
        row.number,
        levelColumn,
        REQUIREMENT_COLUMNS[levelColumn - 1]!.header,
        level.code,
      );
    } else if (level.value !== null) {
      report.baseRequirements.push({ capabilityCode: key, requiredLevel: level.value });
    }
  }
}

/** The capacity report from its three sheets, or null when any of them has an error. */
export function parseCapacitySheets(
  workbook: ExcelJS.Workbook,
  ctx: { requirementCodes: ReadonlySet<string> },
  errors: ErrorList,
): CapacityReport | null {
  const before = errors.errors.length;
  const report: CapacityReport = {
    planningFte: 0,
    competences: [],
    demand: [],
    baseRequirements: [],
  };
  const capacity = findSheet(workbook, SHEETS.capacity, CAPACITY_COLUMNS, errors);
  if (capacity) parseCapacity(capacity, errors, report);
  // The year columns follow the layout's two, as many as the file has.
  const demand = findSheet(workbook, SHEETS.demand, DEMAND_COLUMNS, errors, { readsBeyond: true });
  if (demand) parseDemand(demand, errors, report);
  const requirements = findSheet(workbook, SHEETS.requirements, REQUIREMENT_COLUMNS, errors);
  if (requirements) parseRequirements(requirements, ctx.requirementCodes, errors, report);
  if (errors.errors.length > before) return null;
  // Every rule was checked cell by cell above; the schema is the last word all the same.
  const parsed = capacityReportSchema.safeParse(report);
  if (!parsed.success) {
    errors.add(SHEETS.capacity, null, null, null, 'invalid');
    return null;
  }
  return parsed.data;
}
