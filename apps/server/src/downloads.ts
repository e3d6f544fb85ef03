import {
  createContext,
  describeDownloadError,
  downloadAiExport,
  downloadBenefitsExport,
  downloadFactorsExport,
  downloadFrameworkExport,
  downloadPlanDocx,
  downloadPlanJson,
  downloadPlanningExport,
  downloadRoundExport,
  type Context,
  type Download,
} from '@lagesbild/api';
import type { Role } from '@lagesbild/domain';
import type { Database } from '@lagesbild/db/client';
import type { SessionPolicy } from '@lagesbild/db/repositories';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { registerReportFileRoutes } from './report-files';
import { clientOf } from './request-context';

export interface DownloadRouteOptions {
  db: Database;
  organisationSlug: string;
  cookieName: string;
  sessionPolicy: SessionPolicy;
  secondFactorRequiredFor?: readonly Role[];
  now?: () => Date;
}

/**
 * Files to download (spreadsheets, JSON): plain GETs a link can point at, signed in by the same
 * session cookie as the API. The rules live in the API package; this only speaks HTTP.
 */
export async function registerDownloadRoutes(app: FastifyInstance, opts: DownloadRouteOptions) {
  /** Signs the request in by its cookie, makes the file and sends it, or the public part of the error. */
  async function serve(
    request: FastifyRequest,
    reply: FastifyReply,
    make: (ctx: Context) => Promise<Download>,
  ) {
    const ctx = await createContext({
      db: opts.db,
      organisationSlug: opts.organisationSlug,
      requestId: request.id,
      client: clientOf(request),
      cookie: {
        token: request.cookies[opts.cookieName] ?? null,
        set: () => {},
        clear: () => {},
      },
      sessionPolicy: opts.sessionPolicy,
      now: opts.now,
      secondFactorRequiredFor: opts.secondFactorRequiredFor,
    });
    try {
      const file = await make(ctx);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    } catch (error) {
      const { status, code } = describeDownloadError(error);
      if (status === 500)
        request.log.error({ err: error, correlationId: request.id }, 'download failed');
      return reply
        .code(status)
        .header('cache-control', 'no-store')
        .send({ error: code, correlationId: request.id });
    }
  }

  app.get<{ Params: { round: string; format: string }; Querystring: { tabell?: string } }>(
    '/export/omgang/:round.:format',
    (request, reply) =>
      serve(request, reply, (ctx) =>
        downloadRoundExport(ctx, {
          round: request.params.round,
          format: request.params.format,
          table: request.query.tabell,
        }),
      ),
  );

  app.get<{ Params: { format: string }; Querystring: { version?: string } }>(
    '/export/ramverk.:format',
    (request, reply) =>
      serve(request, reply, (ctx) =>
        downloadFrameworkExport(ctx, {
          format: request.params.format,
          version: request.query.version,
        }),
      ),
  );

  app.get<{ Querystring: { fran?: string; till?: string } }>(
    '/export/planering.xlsx',
    (request, reply) =>
      serve(request, reply, (ctx) =>
        downloadPlanningExport(ctx, { from: request.query.fran, to: request.query.till }),
      ),
  );

  // The registers of Q3–Q5, one workbook each.
  app.get('/export/ai.xlsx', (request, reply) => serve(request, reply, downloadAiExport));
  app.get('/export/nyttor.xlsx', (request, reply) => serve(request, reply, downloadBenefitsExport));
  app.get('/export/faktorer.xlsx', (request, reply) =>
    serve(request, reply, downloadFactorsExport),
  );

  // The yearly plan: a Word file to edit into the board's papers, and the edition as data.
  app.get<{ Params: { year: string } }>('/export/plan/:year.docx', (request, reply) =>
    serve(request, reply, (ctx) => downloadPlanDocx(ctx, { year: request.params.year })),
  );
  app.get<{ Params: { year: string } }>('/export/plan/:year.json', (request, reply) =>
    serve(request, reply, (ctx) => downloadPlanJson(ctx, { year: request.params.year })),
  );

  await registerReportFileRoutes(app, opts);
}
