import { getTRPCErrorFromUnknown, TRPCError, type TRPC_ERROR_CODE_NUMBER } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { isStorageFailure } from '@lagesbild/db/client';
import { DomainError, InvalidDocumentError, InvalidError } from '@lagesbild/domain';
import { ZodError } from 'zod';

/**
 * What anyone calling the API reads when the database cannot keep changes (disk full, read-only):
 * in Swedish, as the users' own language, never the database's text. The dashboard shows its
 * catalogue's words for it, found by `details.reason`.
 */
export const STORAGE_UNAVAILABLE_MESSAGE =
  'Lagringen är full eller skrivskyddad – ändringar kan inte sparas just nu. Det som redan är ' +
  'sparat finns kvar. Försök igen senare, och kontakta den som driftar Lägesbild om felet står kvar.';

/** The database cannot keep a change for now; the operator must act (see isStorageFailure). */
export class StorageUnavailableError extends Error {
  readonly reason = 'storage';
  constructor(options?: { cause?: unknown }) {
    super('storageUnavailable', options);
    this.name = 'StorageUnavailableError';
  }
}

/** The typed 503 for a storage failure, wherever it is met (procedures, session lookup). */
export function storageUnavailable(cause: unknown): TRPCError {
  return new TRPCError({
    code: 'SERVICE_UNAVAILABLE',
    message: STORAGE_UNAVAILABLE_MESSAGE,
    cause: new StorageUnavailableError({ cause }),
  });
}

const CODE_OF: Record<DomainError['kind'], TRPCError['code']> = {
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Forbidden: 'FORBIDDEN',
  Invalid: 'BAD_REQUEST',
  Unauthenticated: 'UNAUTHORIZED',
  RateLimited: 'TOO_MANY_REQUESTS',
};

/** Domain errors become typed tRPC errors; anything else stays an internal error with no detail. */
export function toTRPCError(error: TRPCError): TRPCError {
  const cause = error.cause;
  if (cause instanceof DomainError) {
    return new TRPCError({ code: CODE_OF[cause.kind], message: cause.message, cause });
  }
  // Two creations of the same thing at once: the database's unique key lets one through.
  if (isUniqueViolation(cause)) {
    return new TRPCError({ code: 'CONFLICT', message: 'already exists' });
  }
  // Before the others: a full disk is no fault of the input, and waiting for a connection won't fix it.
  if (isStorageFailure(cause)) return storageUnavailable(cause);
  if (isUnstorableValue(cause)) {
    return new TRPCError({ code: 'BAD_REQUEST', message: 'unstorableValue' });
  }
  if (isDatabaseUnavailable(cause)) {
    return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'databaseUnavailable' });
  }
  return error;
}

// PostgreSQL's connection_exception class and the shutdown codes; the driver's own socket errors.
const UNAVAILABLE_CODES = new Set([
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);
const UNAVAILABLE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|connection error and is not queryable|terminating connection/i;

/**
 * The database is out of reach for now (connections cut, server restarting, pool exhausted): the
 * client may try again shortly, and the pool replaces broken connections by itself.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (UNAVAILABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/**
 * Input the database cannot keep: a NUL character in text (UTF-8 text and JSON may not hold one) or a
 * number beyond its column. Found by fuzzing; it is the client's input at fault, never a server error.
 */
const UNSTORABLE_CODES = new Set(['22021', '22P05', '22003']);

function isUnstorableValue(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNSTORABLE_CODES.has(code)) return true;
  }
  return false;
}

/** PostgreSQL's unique_violation, found through the driver's and Drizzle's wrapping. */
function isUniqueViolation(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

export interface FieldIssue {
  /** Dotted path of the field, e.g. `evidence.link`. */
  path: string;
  /** A stable code (zod's issue code or a domain message key) that the UI turns into Swedish text. */
  code: string;
  message: string;
}

export function fieldIssuesOf(error: TRPCError): FieldIssue[] | null {
  if (error.cause instanceof InvalidDocumentError) {
    return error.cause.issues.map(({ path, code }) => ({ path, code, message: code }));
  }
  if (error.cause instanceof InvalidError) {
    const { field, code } = error.cause;
    return [{ path: field, code, message: code }];
  }
  if (!(error.cause instanceof ZodError)) return null;
  return error.cause.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    code: i.code === 'custom' ? i.message : i.code,
    message: i.message,
  }));
}

/** What a client may learn of an error: never SQL text, never a stack. */
export function publicMessageOf(error: TRPCError): string {
  if (error.code === 'INTERNAL_SERVER_ERROR') return 'Internal server error';
  if (
    error.cause instanceof ZodError ||
    error.cause instanceof InvalidError ||
    error.cause instanceof InvalidDocumentError
  )
    return 'Invalid input';
  return error.message;
}

/** What the client may know of a domain error: what was not found, or the current values in a conflict. */
export function detailsOf(error: TRPCError): Record<string, unknown> | null {
  const cause = error.cause;
  if (cause instanceof StorageUnavailableError) return { reason: cause.reason };
  if (!(cause instanceof DomainError)) return null;
  return cause.kind === 'Conflict' || cause.kind === 'NotFound' ? (cause.details ?? null) : null;
}

/** An error as every client reads it, from a procedure or a file route alike (tRPC's response shape). */
export interface ApiErrorShape {
  code: TRPC_ERROR_CODE_NUMBER;
  message: string;
  data: {
    code: TRPCError['code'];
    httpStatus: number;
    path: string | null;
    fieldIssues: FieldIssue[] | null;
    details: Record<string, unknown> | null;
    correlationId: string | null;
  };
}

/** The public shape of an error the funnel has mapped: a fixed set of fields, no stack, no SQL. */
export function shapeApiError(
  error: TRPCError,
  where: { path: string | null; correlationId: string | null },
): ApiErrorShape {
  return {
    code: TRPC_ERROR_CODES_BY_KEY[error.code],
    message: publicMessageOf(error),
    data: {
      code: error.code,
      httpStatus: getHTTPStatusCodeFromError(error),
      path: where.path,
      fieldIssues: fieldIssuesOf(error),
      details: detailsOf(error),
      correlationId: where.correlationId,
    },
  };
}

/**
 * Anything thrown outside tRPC (a file route) through the same funnel as a procedure's error: the
 * same status, the same body, the same 503 for storage and 409 for a conflict.
 */
export function shapeUnknownError(
  error: unknown,
  where: { path: string | null; correlationId: string | null },
): ApiErrorShape {
  return shapeApiError(toTRPCError(getTRPCErrorFromUnknown(error)), where);
}
