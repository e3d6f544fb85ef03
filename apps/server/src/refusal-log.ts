import type { Database } from '@lagesbild/db/client';
import { appendAudit } from '@lagesbild/db/repositories';
import type { FastifyRequest } from 'fastify';
import { clientOf } from './request-context';

/** Why the server refused a request before it reached a procedure (or a procedure said 401). */
export type RefusalReason =
  'crossSite' | 'contentType' | 'batchSize' | 'signInLimit' | 'callBudget' | 'unauthenticated';

export type RecordRefusal = (
  request: FastifyRequest,
  refusal: { reason: RefusalReason; status: number; procedures: readonly string[] },
) => Promise<void>;

/** Names kept per entry: enough to see what was tried, bounded whatever the request held. */
const PROCEDURES_KEPT = 5;
const KEYS_KEPT = 10_000;

/**
 * Refusals into the audit log, with the source address and user agent. One entry per reason, address and
 * minute on each server: a flood of refused requests is seen, but cannot flood the log (or the chain's
 * turn-taking) in return. A failed write is logged and never changes the answer.
 */
export function createRefusalLog(options: {
  db: Database;
  organisationSlug: string;
  now: () => Date;
}): RecordRefusal {
  const logged = new Map<string, number>();
  return async (request, { reason, status, procedures }) => {
    const at = options.now();
    const minute = Math.floor(at.getTime() / 60_000);
    const key = `${reason} ${request.ip}`;
    if (logged.get(key) === minute) return;
    if (logged.size >= KEYS_KEPT) logged.clear();
    logged.set(key, minute);
    await appendAudit(options.db, {
      organisationSlug: options.organisationSlug,
      actorUserId: null,
      actorLabel: request.ip,
      action: 'request.refused',
      outcome: 'denied',
      entityType: 'request',
      entityKey: procedures.slice(0, PROCEDURES_KEPT).join(',') || null,
      summary: { reason, status, calls: procedures.length },
      correlationId: request.id,
      at,
      client: clientOf(request),
    }).catch((err: unknown) =>
      request.log.error({ err, correlationId: request.id }, 'refusal not audited'),
    );
  };
}
