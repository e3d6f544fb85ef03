import ExcelJS from 'exceljs';
import {
  COMPETENCE_AREAS,
  type CapacityForm,
  type CapacityReport,
  type ReportForm,
} from '@lagesbild/domain';
import {
  ABOUT_ROWS,
  ANSWER_COLUMNS,
  CAPACITY_COLUMNS,
  columnOf,
  CONFIDENCE_NAMES,
  DEMAND_COLUMNS,
  DEMAND_YEARS_AHEAD,
  LEVEL_CHOICES,
  LEVEL_COLUMNS,
  NOT_APPLICABLE,
  PLANNING_CODE,
  PLANNING_NAME,
  REQUIREMENT_COLUMNS,
  SHEETS,
  type AnswerColumnKey,
  type Column,
} from './report-layout';
import { AREA_NAMES } from '../exports/area-names';

type Cell = string | number | null;
const READ_ONLY_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFEDEDED' },
};

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column<string>[],
  rows: Cell[][],
) {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  columns.forEach((c, i) => {
    if (!c.readOnly) return;
    ws.getColumn(i + 1).eachCell({ includeEmpty: false }, (cell, rowNumber) => {
      if (rowNumber > 1) cell.fill = READ_ONLY_FILL;
    });
  });
  return ws;
}

/** A drop-down of allowed values in data rows `first`..`last`; Excel refuses anything else typed. */
function listChoice(
  ws: ExcelJS.Worksheet,
  column: number,
  [first, last]: [number, number],
  choices: string[],
) {
  for (let row = first; row <= last; row++) {
    ws.getCell(row, column).dataValidation = {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      formulae: [`"${choices.join(',')}"`],
    };
  }
}

/** The capacity the form shows: this round's, else last round's to start from while editable. */
export function shownCapacity(form: CapacityForm): CapacityReport | null {
  return form.report ?? (form.editable ? (form.previous?.report ?? null) : null);
}

/** The demand years the sheet offers: the round's year and four ahead, plus any already reported. */
export function listDemandYears(roundCode: string, report: CapacityReport | null): number[] {
  const first = Number(roundCode.slice(0, 4));
  const horizon = Array.from({ length: DEMAND_YEARS_AHEAD + 1 }, (_, i) => first + i);
  return [...new Set([...horizon, ...(report?.demand ?? []).map((d) => d.year)])].sort(
    (a, b) => a - b,
  );
}

function buildAnswerRows(form: ReportForm): Cell[][] {
  return form.items.map((item) => {
    const values: Record<(typeof ANSWER_COLUMNS)[number]['key'], Cell> = {
      area: item.areaName,
      code: item.capabilityCode,
      name: item.capabilityName,
      rating: item.notApplicable ? NOT_APPLICABLE : item.selfRating,
      targetLevel: item.targetLevel,
      targetYear: item.targetYear,
      evidenceText: item.evidence.text,
      evidenceLink: item.evidence.link,
      evidenceOwner: item.evidence.owner,
      evidenceDate: item.evidence.date,
      confidence: item.confidence ? CONFIDENCE_NAMES[item.confidence] : null,
      comment: item.comment,
      previousSelf: item.previous?.notApplicable
        ? NOT_APPLICABLE
        : (item.previous?.selfRating ?? null),
      previousValidated: item.previous?.validatedRating ?? null,
      validated: item.validatedRating,
      version: item.version,
    };
    return ANSWER_COLUMNS.map((c) => values[c.key]);
  });
}

/** The unit's form for a round as a workbook to fill in and upload again. */
export async function buildReportWorkbook(
  report: ReportForm,
  capacity: CapacityForm,
  generatedAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lägesbild';
  workbook.title = `${report.unit.name}, omgång ${report.round.code}`;

  const answers = addSheet(workbook, SHEETS.answers, ANSWER_COLUMNS, buildAnswerRows(report));
  const n = report.items.length;
  const col = (key: AnswerColumnKey) => columnOf(ANSWER_COLUMNS, key);
  listChoice(answers, col('rating'), [2, n + 1], [...LEVEL_CHOICES, NOT_APPLICABLE]);
  listChoice(answers, col('targetLevel'), [2, n + 1], [...LEVEL_CHOICES]);
  listChoice(answers, col('confidence'), [2, n + 1], Object.values(CONFIDENCE_NAMES));
  answers.getColumn(col('evidenceDate')).numFmt = '@';
  answers.getCell(1, col('version')).note =
    'Lägesbild jämför versionen med den sparade för att se om någon har sparat efter att filen laddades ner. Ändra den inte.';

  addSheet(
    workbook,
    SHEETS.levels,
    LEVEL_COLUMNS,
    report.items.flatMap((item) =>
      item.levels.map((l) => [
        item.capabilityCode,
        item.capabilityName,
        l.level,
        l.name,
        l.descriptor,
      ]),
    ),
  ).getColumn(5).alignment = { wrapText: true, vertical: 'top' };

  const shown = shownCapacity(capacity);
  const competence = (area: string) => shown?.competences.find((c) => c.area === area);
  const capacitySheet = addSheet(workbook, SHEETS.capacity, CAPACITY_COLUMNS, [
    [PLANNING_NAME, PLANNING_CODE, shown?.planningFte ?? null, null],
    ...COMPETENCE_AREAS.map((area) => [
      AREA_NAMES[area],
      area,
      competence(area)?.fte ?? null,
      competence(area)?.level ?? null,
    ]),
  ]);
  // Row 2 is planning capacity, which has no level.
  listChoice(capacitySheet, 4, [3, COMPETENCE_AREAS.length + 2], [...LEVEL_CHOICES]);

  const years = listDemandYears(capacity.roundCode, shown);
  addSheet(
    workbook,
    SHEETS.demand,
    [...DEMAND_COLUMNS, ...years.map((y) => ({ key: String(y), header: String(y), width: 10 }))],
    COMPETENCE_AREAS.map((area) => [
      AREA_NAMES[area],
      area,
      ...years.map(
        (year) => shown?.demand.find((d) => d.area === area && d.year === year)?.fte ?? null,
      ),
    ]),
  );

  const requirements = addSheet(
    workbook,
    SHEETS.requirements,
    REQUIREMENT_COLUMNS,
    capacity.capabilities.map((c) => [
      c.areaName,
      c.code,
      c.name,
      shown?.baseRequirements.find((b) => b.capabilityCode === c.code)?.requiredLevel ?? null,
    ]),
  );
  listChoice(requirements, 4, [2, capacity.capabilities.length + 1], [...LEVEL_CHOICES]);

  const about = workbook.addWorksheet(SHEETS.about);
  about.columns = [{ width: 24 }, { width: 44 }];
  const facts: Record<keyof typeof ABOUT_ROWS, string | number> = {
    round: report.round.code,
    unitName: report.unit.name,
    unit: report.unit.slug,
    generatedAt: generatedAt.toISOString(),
    capacityVersion: capacity.version,
  };
  for (const [key, label] of Object.entries(ABOUT_ROWS)) {
    about.addRow([label, facts[key as keyof typeof ABOUT_ROWS]]).getCell(1).font = { bold: true };
  }
  about.addRow([]);
  about.addRow([
    'Fyll i bladen Förmågor, Kapacitet, Efterfrågan och Baskrav och ladda upp filen i Lägesbild. Grå kolumner och bladet Nivåer läses inte in. Ändra inte uppgifterna på det här bladet: de visar vilken förvaltning och omgång filen gäller.',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
