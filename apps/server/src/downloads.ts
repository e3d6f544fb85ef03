import {
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
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendDownload, sendFileError } from './file-reply';
import { registerReportFileRoutes } from './report-files';
import { createFileContext, type FileRouteOptions } from './request-context';

/**
 * Files to download (spreadsheets, JSON): plain GETs a link can point at, signed in by the same
 * session cookie as the API. The rules live in the API package; this only speaks HTTP.
 */
export async function registerDownloadRoutes(app: FastifyInstance, opts: FileRouteOptions) {
  /** Signs the request in by its cookie, makes the file and sends it, or the API's typed error. */
  async function serve(
    request: FastifyRequest,
    reply: FastifyReply,
    make: (ctx: Context) => Promise<Download>,
  ) {
    try {
      return sendDownload(reply, await make(await createFileContext(request, opts)));
    } catch (error) {
      return sendFileError(request, reply, error, opts);
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
