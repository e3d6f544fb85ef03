import { downloadReportWorkbook, previewReportUpload, XLSX_TYPE } from '@lagesbild/api';
import { ForbiddenError, NotFoundError } from '@lagesbild/domain';
import { TRPCError } from '@trpc/server';
import type { FastifyInstance } from 'fastify';
import { routeOf, sendDownload, sendFileError } from './file-reply';
import { createFileContext, type FileRouteOptions } from './request-context';

/** A workbook of a few thousand rows is well under a megabyte; ten leaves room for pasted notes. */
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The unit's spreadsheet round trip: its form as a workbook, and the filled-in workbook back for a
 * preview. Both for a reporter's own unit, which comes from the session, never from the address.
 */
export async function registerReportFileRoutes(app: FastifyInstance, opts: FileRouteOptions) {
  app.get<{ Params: { file: string } }>('/export/rapport/:file', async (request, reply) => {
    try {
      const match = /^(.+)\.xlsx$/.exec(request.params.file);
      if (!match) throw new NotFoundError('file', request.params.file);
      const ctx = await createFileContext(request, opts);
      return sendDownload(reply, await downloadReportWorkbook(ctx, { round: match[1]! }));
    } catch (error) {
      return sendFileError(request, reply, error, opts);
    }
  });

  // Its own scope, so the workbook body parser and its size limit apply to this route only.
  await app.register(async (scope) => {
    // A body past the limit is cut off before it is read; the dashboard says how large a file may be.
    scope.setErrorHandler((error: { statusCode?: number }, request, reply) => {
      if (error.statusCode !== 413) throw error;
      const tooLarge = new TRPCError({ code: 'PAYLOAD_TOO_LARGE', message: 'payloadTooLarge' });
      return sendFileError(request, reply, tooLarge, {
        details: { limitBytes: UPLOAD_LIMIT_BYTES },
      });
    });
    scope.addContentTypeParser(
      XLSX_TYPE,
      { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.post<{ Params: { round: string } }>(
      '/import/rapport/:round',
      { bodyLimit: UPLOAD_LIMIT_BYTES },
      async (request, reply) => {
        // A cross-site form can post text/plain but never this type, and a browser names its origin.
        const origin = request.headers.origin;
        try {
          if (!Buffer.isBuffer(request.body)) {
            throw new TRPCError({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'contentType' });
          }
          if (origin !== undefined && !isSameOrigin(origin, request.headers.host)) {
            void opts.recordRefusal?.(request, {
              reason: 'crossSite',
              status: 403,
              procedures: [routeOf(request)],
            });
            throw new ForbiddenError('crossSite');
          }
          const ctx = await createFileContext(request, opts);
          const result = await previewReportUpload(ctx, {
            round: request.params.round,
            body: request.body,
          });
          reply.header('cache-control', 'no-store');
          return result.ok
            ? reply.send({ preview: result.preview })
            : reply.code(400).send({ errors: result.errors });
        } catch (error) {
          return sendFileError(request, reply, error, opts);
        }
      },
    );
  });
}
