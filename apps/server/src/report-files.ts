import {
  describeDownloadError,
  downloadReportWorkbook,
  previewReportUpload,
  XLSX_TYPE,
} from '@lagesbild/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createFileContext, type FileRouteOptions } from './request-context';

/** A workbook of a few thousand rows is well under a megabyte; ten leaves room for pasted notes. */
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const { status, code } = describeDownloadError(error);
  if (status === 500) request.log.error({ err: error, correlationId: request.id }, 'file failed');
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .send({ error: code, correlationId: request.id });
}

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
    const match = /^(.+)\.xlsx$/.exec(request.params.file);
    if (!match) return reply.code(404).send({ error: 'NotFound', correlationId: request.id });
    try {
      const ctx = await createFileContext(request, opts);
      const file = await downloadReportWorkbook(ctx, { round: match[1]! });
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    } catch (error) {
      return sendError(request, reply, error);
    }
  });

  // Its own scope, so the workbook body parser and its size limit apply to this route only.
  await app.register(async (scope) => {
    // A body past the limit is cut off before it is read; the dashboard says how large a file may be.
    scope.setErrorHandler((error: { statusCode?: number }, request, reply) => {
      if (error.statusCode !== 413) throw error;
      return reply.code(413).header('cache-control', 'no-store').send({
        error: 'PayloadTooLarge',
        limitBytes: UPLOAD_LIMIT_BYTES,
        correlationId: request.id,
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
        if (!Buffer.isBuffer(request.body)) {
          return reply.code(415).send({ error: 'UnsupportedMediaType', correlationId: request.id });
        }
        if (origin !== undefined && !isSameOrigin(origin, request.headers.host)) {
          return reply.code(403).send({ error: 'Forbidden', correlationId: request.id });
        }
        try {
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
          return sendError(request, reply, error);
        }
      },
    );
  });
}
