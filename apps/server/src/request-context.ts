import { createContext } from '@lagesbild/api';
import type { Role } from '@lagesbild/domain';
import type { Database } from '@lagesbild/db/client';
import type { AuditClient, SessionPolicy } from '@lagesbild/db/repositories';
import type { FastifyRequest } from 'fastify';
import type { RecordRefusal } from './refusal-log';

export interface FileRouteOptions {
  db: Database;
  organisationSlug: string;
  cookieName: string;
  sessionPolicy: SessionPolicy;
  now?: () => Date;
  /** Roles that must enrol a second factor first (REQUIRE_SECOND_FACTOR_FOR). */
  secondFactorRequiredFor?: readonly Role[];
  /** Where a call without a session is recorded as a refusal, as the tRPC route records it. */
  recordRefusal?: RecordRefusal;
}

/** Who sent the request, for the audit log (the address as Fastify's `trustProxy` resolves it). */
export function clientOf(request: FastifyRequest): AuditClient {
  const agent = request.headers['user-agent'];
  return { address: request.ip ?? null, userAgent: typeof agent === 'string' ? agent : null };
}

/** The API's context for a file route: the same session cookie as tRPC, never renewed or set here. */
export function createFileContext(request: FastifyRequest, opts: FileRouteOptions) {
  return createContext({
    db: opts.db,
    organisationSlug: opts.organisationSlug,
    requestId: request.id,
    client: clientOf(request),
    cookie: { token: request.cookies[opts.cookieName] ?? null, set: () => {}, clear: () => {} },
    sessionPolicy: opts.sessionPolicy,
    now: opts.now,
    secondFactorRequiredFor: opts.secondFactorRequiredFor,
  });
}
