import { InvalidError, planYearSchema, type PlanEdition } from '@lagesbild/domain';
import type { Context } from '../context';
import { auditDownload, authorize, type Download } from '../downloads';
import { readPlanEdition, readPlanMoment } from '../router/plan-views';
import { renderPlanDocx } from './plan-docx';
import { CONTENT_TYPES } from './round-files';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type PlanFormat = 'docx' | 'json';

/** The year from the path: four digits in the plan's range, or a 400 before anything is read. */
function parseYear(input: string | number): number {
  const text = String(input);
  const year = planYearSchema.safeParse(/^\d{4}$/.test(text) ? Number(text) : NaN);
  if (!year.success) throw new InvalidError('year', 'year');
  return year.data;
}

/** Reads the edition for the year (live while a draft) and audits the download with its status. */
async function readAuditedEdition(
  ctx: Context,
  input: { year: string | number },
  format: PlanFormat,
): Promise<PlanEdition> {
  const user = await authorize(ctx, 'export.plan');
  const year = parseYear(input.year);
  const edition = await readPlanEdition(
    ctx.db,
    ctx.organisationSlug,
    year,
    await readPlanMoment(ctx),
  );
  await auditDownload(ctx, user, {
    action: 'export.plan',
    entityType: 'planEdition',
    entityKey: String(year),
    summary: { format, status: edition.status },
  });
  return edition;
}

const filenameOf = (ctx: Context, year: number, format: PlanFormat) =>
  `lagesbild-${ctx.organisationSlug}-plan-${year}.${format}`;

/** The year's plan as a Word file to edit into the board's papers; audited. */
export async function downloadPlanDocx(
  ctx: Context,
  input: { year: string | number },
): Promise<Download> {
  const edition = await readAuditedEdition(ctx, input, 'docx');
  return {
    filename: filenameOf(ctx, edition.year, 'docx'),
    contentType: DOCX_TYPE,
    body: await renderPlanDocx(edition),
  };
}

/** The year's edition as data (state, narratives, content) in the API's own shape; audited. */
export async function downloadPlanJson(
  ctx: Context,
  input: { year: string | number },
): Promise<Download> {
  const edition = await readAuditedEdition(ctx, input, 'json');
  return {
    filename: filenameOf(ctx, edition.year, 'json'),
    contentType: CONTENT_TYPES.json,
    body: Buffer.from(JSON.stringify(edition, null, 2), 'utf8'),
  };
}
