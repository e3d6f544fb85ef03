import {
  ConflictError,
  InvalidError,
  roundCodeSchema,
  type ImportUploadResult,
} from '@lagesbild/domain';
import { listReportStamps, loadCapacityForm, loadReportForm } from '@lagesbild/db/repositories';
import { unitOf } from '../actor';
import type { Context } from '../context';
import { auditDownload, authorize, type Download } from '../downloads';
import { buildReportWorkbook } from './build-report-workbook';
import { fieldsOf, previewReportImport } from './preview-report-import';
import { parseReportWorkbook } from './parse-report-workbook';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function parseRound(round: string): string {
  const parsed = roundCodeSchema.safeParse(round);
  if (!parsed.success) throw new InvalidError('round', 'round');
  return parsed.data;
}

async function loadForms(ctx: Context, round: string, unit: string) {
  return Promise.all([
    loadReportForm(ctx.db, ctx.organisationSlug, round, unit),
    loadCapacityForm(ctx.db, ctx.organisationSlug, round, unit),
  ]);
}

/** The reporter's own unit's form as a workbook to fill in; the unit comes from the session. */
export async function downloadReportWorkbook(
  ctx: Context,
  input: { round: string },
): Promise<Download> {
  const user = await authorize(ctx, 'export.report');
  const unit = unitOf(user);
  const round = parseRound(input.round);
  const [report, capacity] = await loadForms(ctx, round, unit);
  const body = await buildReportWorkbook(report, capacity, ctx.now());
  await auditDownload(ctx, user, {
    action: 'export.report',
    entityType: 'report',
    entityKey: `${round}/${unit}`,
    summary: { rows: report.items.length, capacityVersion: capacity.version },
  });
  return {
    filename: `lagesbild-${unit}-${round}.xlsx`,
    contentType: XLSX_TYPE,
    body,
  };
}

/**
 * Reads an uploaded workbook against the unit's form: every error with its sheet, row and column,
 * or a preview of what importing would change. Nothing is written; report.importApply does that.
 */
export async function previewReportUpload(
  ctx: Context,
  input: { round: string; body: Buffer },
): Promise<ImportUploadResult> {
  const user = await authorize(ctx, 'import.report');
  const unit = unitOf(user);
  const round = parseRound(input.round);
  const [report, capacity] = await loadForms(ctx, round, unit);
  if (!report.editable) {
    const reason = report.round.status === 'closed' ? 'roundClosed' : 'submitted';
    throw new ConflictError('report cannot be changed', { reason });
  }
  const parsed = await parseReportWorkbook(input.body, {
    roundCode: round,
    unitSlug: unit,
    saved: new Map(report.items.map((i) => [i.capabilityCode, fieldsOf(i)])),
    requirementCodes: new Set(capacity.capabilities.map((c) => c.code)),
  });
  if (!parsed.ok) return parsed;
  const stamps = await listReportStamps(ctx.db, ctx.organisationSlug, round, unit);
  return { ok: true, preview: previewReportImport(report, capacity, stamps, parsed.workbook) };
}
