import {
  InvalidError,
  isPreliminaryRound,
  roundCodeSchema,
  UnauthenticatedError,
  type Role,
  type SessionUser,
} from '@lagesbild/domain';
import {
  appendAudit,
  loadFrameworkVersion,
  loadRoundExport,
  type AuditEntry,
} from '@lagesbild/db/repositories';
import { guardAccess } from './access-guard';
import { userAudit } from './actor';
import type { Context } from './context';
import { shapeUnknownError, type ApiErrorShape } from './errors';
import {
  buildRoundFile,
  CONTENT_TYPES,
  EXPORT_FORMATS,
  EXPORT_TABLES,
  type ExportFormat,
} from './exports/round-files';
import {
  FRAMEWORK_CONTENT_TYPES,
  FRAMEWORK_FORMATS,
  writeFrameworkFile,
  type FrameworkFormat,
} from './exports/framework-files';

/** Who may download what: files are served outside tRPC, so they have their own small table. */
export const DOWNLOADS = {
  'export.round': ['itd'],
  'export.framework': ['itd', 'viewer'],
  'export.planning': ['itd', 'viewer', 'reporter'],
  'export.report': ['reporter'],
  'export.ai': ['itd', 'viewer', 'reporter'],
  'export.benefits': ['itd', 'viewer', 'reporter'],
  'export.factors': ['itd', 'viewer', 'reporter'],
  'export.plan': ['itd', 'viewer', 'reporter'],
  'import.report': ['reporter'],
} as const satisfies Record<string, readonly Role[]>;

export interface Download {
  filename: string;
  contentType: string;
  body: Buffer;
}

/** Refuses (and audits the refusal of) a download the caller's role may not make: the access guard. */
export async function authorize(ctx: Context, name: keyof typeof DOWNLOADS): Promise<SessionUser> {
  const user = await guardAccess(ctx, name, DOWNLOADS[name]);
  // No download is public, so the guard has refused anyone not signed in.
  if (!user) throw new UnauthenticatedError();
  return user;
}

/** A file made and handed out, in the audit log: who took which file, from where. */
export function auditDownload(
  ctx: Context,
  user: SessionUser,
  entry: Pick<AuditEntry, 'entityType' | 'entityKey' | 'summary'> & {
    action: keyof typeof DOWNLOADS;
  },
): Promise<void> {
  return appendAudit(ctx.db, userAudit(ctx, user, { ...entry, outcome: 'success' }));
}

/** A round's assessments, capacity and base requirements as CSV (one table), XLSX or JSON; audited. */
export async function downloadRoundExport(
  ctx: Context,
  input: { round: string; format: string; table?: string },
): Promise<Download> {
  const user = await authorize(ctx, 'export.round');
  const round = roundCodeSchema.safeParse(input.round);
  if (!round.success) throw new InvalidError('round', 'round');
  if (!EXPORT_FORMATS.includes(input.format as ExportFormat)) {
    throw new InvalidError('format', 'unknownFormat');
  }
  const format = input.format as ExportFormat;
  const table = input.table ?? 'bedomningar';
  if (format === 'csv' && !(EXPORT_TABLES as readonly string[]).includes(table)) {
    throw new InvalidError('tabell', 'unknownTable');
  }
  const data = await loadRoundExport(ctx.db, ctx.organisationSlug, round.data);
  const body = (await buildRoundFile(data, format, table))!;
  await auditDownload(ctx, user, {
    action: 'export.round',
    entityType: 'round',
    entityKey: round.data,
    summary: { format, ...(format === 'csv' ? { table } : {}), rows: data.assessments.length },
  });
  const suffix = format === 'csv' ? `-${table}` : '';
  // ITD may read the open round (the audience rule); its file says it is preliminary.
  const preliminary = isPreliminaryRound(data.round.status) ? '-preliminar' : '';
  return {
    filename: `lagesbild-${ctx.organisationSlug}-${round.data}${preliminary}${suffix}.${format}`,
    contentType: CONTENT_TYPES[format],
    body,
  };
}

/** The framework as a document to edit and import again (JSON or YAML), optionally an earlier version; audited. */
export async function downloadFrameworkExport(
  ctx: Context,
  input: { format: string; version?: string },
): Promise<Download> {
  const user = await authorize(ctx, 'export.framework');
  if (!FRAMEWORK_FORMATS.includes(input.format as FrameworkFormat)) {
    throw new InvalidError('format', 'unknownFormat');
  }
  const format = input.format as FrameworkFormat;
  let version: number | undefined;
  if (input.version !== undefined) {
    version = Number(input.version);
    if (!/^\d{1,6}$/.test(input.version) || version < 1) {
      throw new InvalidError('version', 'version');
    }
  }
  const document = await loadFrameworkVersion(ctx.db, ctx.organisationSlug, version);
  await auditDownload(ctx, user, {
    action: 'export.framework',
    entityType: 'framework',
    entityKey: document.slug,
    summary: { format, version: document.version },
  });
  return {
    filename: `${document.slug}-v${document.version}.${format}`,
    contentType: FRAMEWORK_CONTENT_TYPES[format],
    body: writeFrameworkFile(document, format),
  };
}

/**
 * The HTTP status and body of a failed file route, through the API's one error funnel: the same codes
 * (409 for a conflict, 503 when storage cannot keep changes), the same typed body as a procedure's
 * error, never SQL text or a stack. `details` adds what a refusal at the HTTP edge has to tell.
 */
export function describeDownloadError(
  error: unknown,
  where: { path: string; correlationId: string | null; details?: Record<string, unknown> },
): { status: number; body: { error: ApiErrorShape } } {
  const shape = shapeUnknownError(error, where);
  if (where.details) shape.data.details = { ...shape.data.details, ...where.details };
  return { status: shape.data.httpStatus, body: { error: shape } };
}
