import { describeDownloadError, type Download } from '@lagesbild/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RecordRefusal } from './refusal-log';

/** The route as Fastify resolved it (`/export/omgang/:round.:format`), never the raw URL. */
export const routeOf = (request: FastifyRequest): string => request.routeOptions.url ?? 'unknown';

/** A made file as an attachment the browser saves; no cache keeps it. */
export function sendDownload(reply: FastifyReply, file: Download) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}

/**
 * A file route's failure, answered as the API answers a procedure's: the same status and typed body
 * from the one error funnel. A call without a session is a refusal in the audit log, as on tRPC;
 * the detail of a server-side failure goes to the log only.
 */
export function sendFileError(
  request: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
  options: { recordRefusal?: RecordRefusal; details?: Record<string, unknown> } = {},
) {
  const route = routeOf(request);
  const { status, body } = describeDownloadError(error, {
    path: route,
    correlationId: request.id,
    details: options.details,
  });
  if (status === 401) {
    void options.recordRefusal?.(request, {
      reason: 'unauthenticated',
      status,
      procedures: [route],
    });
  }
  if (status >= 500) {
    request.log.error({ err: error, path: route, correlationId: request.id }, 'file failed');
  }
  return reply.code(status).header('cache-control', 'no-store').send(body);
}
