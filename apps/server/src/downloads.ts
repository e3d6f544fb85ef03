import { createContext, describeDownloadError, downloadRoundExport } from '@lagesbild/api';
import type { Database } from '@lagesbild/db/client';
import type { SessionPolicy } from '@lagesbild/db/repositories';
import type { FastifyInstance } from 'fastify';

export interface DownloadRouteOptions {
  db: Database;
  organisationSlug: string;
  cookieName: string;
  sessionPolicy: SessionPolicy;
  now?: () => Date;
}

/**
 * Files to download (spreadsheets, JSON): plain GETs a link can point at, signed in by the same
 * session cookie as the API. The rules live in the API package; this only speaks HTTP.
 */
export async function registerDownloadRoutes(app: FastifyInstance, opts: DownloadRouteOptions) {
  app.get<{ Params: { round: string; format: string }; Querystring: { tabell?: string } }>(
    '/export/omgang/:round.:format',
    async (request, reply) => {
      const ctx = await createContext({
        db: opts.db,
        organisationSlug: opts.organisationSlug,
        requestId: request.id,
        cookie: {
          token: request.cookies[opts.cookieName] ?? null,
          set: () => {},
          clear: () => {},
        },
        sessionPolicy: opts.sessionPolicy,
        now: opts.now,
      });
      try {
        const file = await downloadRoundExport(ctx, {
          round: request.params.round,
          format: request.params.format,
          table: request.query.tabell,
        });
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
    },
  );
}
