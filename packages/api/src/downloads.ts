import {
  DomainError,
  ForbiddenError,
  InvalidError,
  isPreliminaryRound,
  roundCodeSchema,
  UnauthenticatedError,
  type Role,
} from '@lagesbild/domain';
import { appendAudit, loadFrameworkVersion, loadRoundExport } from '@lagesbild/db/repositories';
import type { Context } from './context';
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

/** Refuses (and audits the refusal of) a download the caller's role may not make. */
export async function authorize(ctx: Context, name: keyof typeof DOWNLOADS) {
  const user = ctx.user;
  if (!user) throw new UnauthenticatedError();
  if (!(DOWNLOADS[name] as readonly Role[]).includes(user.role)) {
    await appendAudit(ctx.db, {
      organisationSlug: ctx.organisationSlug,
      actorUserId: user.id,
      actorLabel: user.name,
      action: name,
      outcome: 'denied',
      summary: { role: user.role },
      correlationId: ctx.requestId,
      client: ctx.client,
      at: ctx.now(),
    });
    throw new ForbiddenError();
  }
  // The same single tasks as the access guard: a file is no way around them.
  if (user.mustChangePassword) throw new ForbiddenError('passwordChangeRequired');
  if (user.mustEnrolSecondFactor) throw new ForbiddenError('secondFactorRequired');
  return user;
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
  await appendAudit(ctx.db, {
    organisationSlug: ctx.organisationSlug,
    actorUserId: user.id,
    actorLabel: user.name,
    action: 'export.round',
    outcome: 'success',
    entityType: 'round',
    entityKey: round.data,
    summary: { format, ...(format === 'csv' ? { table } : {}), rows: data.assessments.length },
    correlationId: ctx.requestId,
    client: ctx.client,
    at: ctx.now(),
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
  await appendAudit(ctx.db, {
    organisationSlug: ctx.organisationSlug,
    actorUserId: user.id,
    actorLabel: user.name,
    action: 'export.framework',
    outcome: 'success',
    entityType: 'framework',
    entityKey: document.slug,
    summary: { format, version: document.version },
    correlationId: ctx.requestId,
    client: ctx.client,
    at: ctx.now(),
  });
  return {
    filename: `${document.slug}-v${document.version}.${format}`,
    contentType: FRAMEWORK_CONTENT_TYPES[format],
    body: writeFrameworkFile(document, format),
  };
}

const STATUS_OF: Record<DomainError['kind'], number> = {
  Unauthenticated: 401,
  Forbidden: 403,
  NotFound: 404,
  Invalid: 400,
  Conflict: 409,
  RateLimited: 429,
};

/** The HTTP status and the public part of a failed download; anything unexpected is a plain 500. */
export function describeDownloadError(error: unknown): { status: number; code: string } {
  if (error instanceof DomainError) {
    return {
      status: STATUS_OF[error.kind],
      code: error instanceof InvalidError ? error.code : error.kind,
    };
  }
  return { status: 500, code: 'Internal' };
}
