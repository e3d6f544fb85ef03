import ExcelJS from 'exceljs';
import {
  selfReportFieldsSchema,
  type CapacityReport,
  type ImportError,
  type ImportErrorCode,
  type SelfReportFields,
} from '@lagesbild/domain';
import { parseCapacitySheets } from './parse-capacity-sheets';
import { ErrorList, findSheet, refuseFormulas } from './sheet-errors';
import { checkWorkbookArchive } from './check-workbook-archive';
import { dataRowsOf, isEmptyRow, readDate, readInteger, readPlain, readText } from './read-cells';
import {
  ABOUT_ROWS,
  ANSWER_COLUMNS,
  columnOf,
  CONFIDENCE_NAMES,
  NOT_APPLICABLE,
  SHEETS,
  type AnswerColumnKey,
} from './report-layout';

export interface ParseContext {
  roundCode: string;
  unitSlug: string;
  /** The answers saved now, by capability code: the capabilities of the unit's form. */
  saved: ReadonlyMap<string, SelfReportFields>;
  /** The framework's capabilities, for base requirements. */
  requirementCodes: ReadonlySet<string>;
}

export interface ParsedAnswer {
  row: number;
  fileVersion: number | null;
  fields: SelfReportFields;
}

export interface ParsedWorkbook {
  answers: Map<string, ParsedAnswer>;
  capacity: CapacityReport;
  capacityVersion: number | null;
}

export type ParseResult =
  { ok: true; workbook: ParsedWorkbook } | { ok: false; errors: ImportError[] };

const FIELD_COLUMN: Record<string, AnswerColumnKey> = {
  selfRating: 'rating',
  notApplicable: 'rating',
  targetLevel: 'targetLevel',
  targetYear: 'targetYear',
  'evidence.text': 'evidenceText',
  'evidence.link': 'evidenceLink',
  'evidence.owner': 'evidenceOwner',
  'evidence.date': 'evidenceDate',
  confidence: 'confidence',
  comment: 'comment',
};

function codeOfIssue(path: string, issue: { code: string; message: string }): ImportErrorCode {
  if (
    issue.code === 'custom' &&
    (issue.message === 'ratingRequired' || issue.message === 'notApplicableWithRating')
  ) {
    return issue.message;
  }
  if (path === 'targetYear') return 'invalidYear';
  if (path === 'evidence.link') return issue.code === 'too_big' ? 'tooLong' : 'linkInvalid';
  if (path === 'evidence.date') return 'invalidDate';
  return issue.code === 'too_big' ? 'tooLong' : 'invalid';
}

/** Whether two answers say the same: what a preview counts as unchanged. */
export function isSameAnswer(a: SelfReportFields, b: SelfReportFields): boolean {
  return (
    a.selfRating === b.selfRating &&
    a.targetLevel === b.targetLevel &&
    a.targetYear === b.targetYear &&
    a.notApplicable === b.notApplicable &&
    a.evidence.text === b.evidence.text &&
    a.evidence.link === b.evidence.link &&
    a.evidence.owner === b.evidence.owner &&
    a.evidence.date === b.evidence.date &&
    a.confidence === b.confidence &&
    a.comment === b.comment
  );
}

function readAnswerRow(row: ExcelJS.Row, errors: ErrorList) {
  const col = (key: AnswerColumnKey) => columnOf(ANSWER_COLUMNS, key);
  const cell = (key: AnswerColumnKey) => row.getCell(col(key));
  const fail = (key: AnswerColumnKey, code: ImportErrorCode) =>
    errors.add(SHEETS.answers, row.number, col(key), ANSWER_COLUMNS[col(key) - 1]!.header, code);

  const ratingText = readText(cell('rating'));
  const notApplicable = ratingText?.toLowerCase() === NOT_APPLICABLE.toLowerCase();
  const rating = notApplicable
    ? { ok: true as const, value: null }
    : readInteger(cell('rating'), (n) => n >= 1 && n <= 5);
  if (!rating.ok) fail('rating', rating.code);
  const targetLevel = readInteger(cell('targetLevel'), (n) => n >= 1 && n <= 5);
  if (!targetLevel.ok) fail('targetLevel', targetLevel.code);
  const targetYear = readInteger(cell('targetYear'));
  if (!targetYear.ok) fail('targetYear', targetYear.code);
  const date = readDate(cell('evidenceDate'));
  if (!date.ok) fail('evidenceDate', date.code);
  const confidenceText = readText(cell('confidence'))?.toLowerCase() ?? null;
  const confidence = confidenceText
    ? (Object.entries(CONFIDENCE_NAMES).find(
        ([, name]) => name.toLowerCase() === confidenceText,
      )?.[0] ?? 'invalid')
    : null;
  if (confidence === 'invalid') fail('confidence', 'invalidChoice');
  const version = readInteger(cell('version'));
  if (!version.ok || (version.value !== null && version.value < 1))
    fail('version', 'invalidVersion');
  if (!rating.ok || !targetLevel.ok || !targetYear.ok || !date.ok || confidence === 'invalid')
    return null;

  const fields = {
    selfRating: rating.value,
    targetLevel: targetLevel.value,
    targetYear: targetYear.value,
    notApplicable,
    evidence: {
      text: readText(cell('evidenceText')),
      link: readText(cell('evidenceLink')),
      owner: readText(cell('evidenceOwner')),
      date: date.value,
    },
    confidence: confidence as SelfReportFields['confidence'],
    comment: readText(cell('comment')),
  };
  return { fields, fileVersion: version.ok ? version.value : null, fail };
}

function parseAnswers(ws: ExcelJS.Worksheet, ctx: ParseContext, errors: ErrorList) {
  const answers = new Map<string, ParsedAnswer>();
  const codeColumn = columnOf(ANSWER_COLUMNS, 'code');
  for (const row of dataRowsOf(ws)) {
    const r = row.number;
    if (isEmptyRow(row, ANSWER_COLUMNS.length)) continue;
    const code = readText(row.getCell(codeColumn));
    const codeError =
      !code || !ctx.saved.has(code)
        ? 'unknownCapability'
        : answers.has(code)
          ? 'duplicateRow'
          : null;
    if (codeError)
      errors.add(SHEETS.answers, r, codeColumn, ANSWER_COLUMNS[codeColumn - 1]!.header, codeError);
    const read = readAnswerRow(row, errors);
    if (!read || codeError) continue;
    const saved = ctx.saved.get(code!)!;
    const parsed = selfReportFieldsSchema.safeParse(read.fields);
    // An answer left unanswered, as it was, is no error: the unit has not got to it yet.
    const unchanged = isSameAnswer(read.fields, saved);
    if (!parsed.success) {
      if (!unchanged) {
        for (const issue of parsed.error.issues) {
          const path = issue.path.map(String).join('.');
          read.fail(FIELD_COLUMN[path] ?? 'rating', codeOfIssue(path, issue));
        }
      }
      continue;
    }
    answers.set(code!, { row: r, fileVersion: read.fileVersion, fields: parsed.data });
  }
  return answers;
}

function parseAbout(ws: ExcelJS.Worksheet, ctx: ParseContext, errors: ErrorList) {
  const found: Partial<
    Record<keyof typeof ABOUT_ROWS, { row: number; value: ReturnType<typeof readPlain> }>
  > = {};
  ws.eachRow((row, r) => {
    const label = readText(row.getCell(1));
    const key = Object.entries(ABOUT_ROWS).find(([, l]) => l === label)?.[0] as
      keyof typeof ABOUT_ROWS | undefined;
    if (key) found[key] = { row: r, value: readPlain(row.getCell(2)) };
  });
  const check = (key: keyof typeof ABOUT_ROWS, expected: string, code: ImportErrorCode) => {
    const fact = found[key];
    if (!fact) errors.add(SHEETS.about, null, 1, ABOUT_ROWS[key], 'missingHeader');
    else if (String(fact.value ?? '') !== expected)
      errors.add(SHEETS.about, fact.row, 2, ABOUT_ROWS[key], code);
  };
  check('round', ctx.roundCode, 'wrongRound');
  check('unit', ctx.unitSlug, 'wrongUnit');
  const version = found.capacityVersion?.value;
  return typeof version === 'number' && Number.isInteger(version) ? version : null;
}

/** Reads an uploaded workbook and checks every row; the errors say where, by sheet, row and column. */
export async function parseReportWorkbook(body: Buffer, ctx: ParseContext): Promise<ParseResult> {
  const fileError = (code: ImportErrorCode): ParseResult => ({
    ok: false,
    errors: [{ sheet: '', row: null, column: null, columnName: null, code }],
  });
  const archive = await checkWorkbookArchive(body);
  if (!archive.ok) return fileError(archive.code);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    return fileError('notAWorkbook');
  }
  const errors = new ErrorList();
  const aboutSheet = workbook.getWorksheet(SHEETS.about);
  if (!aboutSheet) errors.add(SHEETS.about, null, null, null, 'missingSheet');
  // Labels in A, values in B; notes beside them are the reporter's own.
  else {
    refuseFormulas(
      aboutSheet,
      (column) => column <= 2,
      errors,
      (row) => readText(aboutSheet.getCell(row, 1)),
    );
  }
  const capacityVersion = aboutSheet ? parseAbout(aboutSheet, ctx, errors) : null;
  const answersSheet = findSheet(workbook, SHEETS.answers, ANSWER_COLUMNS, errors);
  const answers = answersSheet
    ? parseAnswers(answersSheet, ctx, errors)
    : new Map<string, ParsedAnswer>();
  const capacity = parseCapacitySheets(workbook, ctx, errors);
  if (errors.errors.length > 0 || !capacity) return { ok: false, errors: errors.errors };
  return { ok: true, workbook: { answers, capacity, capacityVersion } };
}
