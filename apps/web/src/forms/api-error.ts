import { TRPCClientError } from '@trpc/client';

/** One field's problem as the API reports it: a zod issue code or a domain message key. */
export interface ApiFieldIssue {
  /** Dotted path of the field in the call's input, e.g. `fields.evidence.link`. */
  path: string;
  code: string;
}

/**
 * What a failed call means for the form that made it; every feature reads API errors through this
 * (documenso's `AppError.parseError` is the model), so a new code is handled in one place.
 */
export type ParsedApiError<Saved = unknown> =
  /** The input was refused field by field: each issue names its field's path. */
  (
    | { kind: 'fields'; fields: ApiFieldIssue[] }
    /**
     * Someone changed the record first (a version conflict, with the version and values saved now when
     * the server sends them), or the record is no longer open to change (`reason`, e.g. `submitted`).
     */
    | {
        kind: 'conflict';
        currentVersion: number | null;
        saved: Saved | null;
        reason: string | null;
        details: Readonly<Record<string, unknown>>;
      }
    /** Too many calls in a short time: asking again at once will not help. */
    | { kind: 'rateLimited'; retryAfter: number | null }
    /** The server cannot take changes for now (database out of reach, disk full): try again later. */
    | { kind: 'unavailable' }
    /** Anything else, with the server's text (or the network's). */
    | { kind: 'message'; message: string }
  ) & {
    /** The tRPC code (`FORBIDDEN`, `NOT_FOUND` …); null when the call never got an answer. */
    code: string | null;
  };

interface ErrorData {
  code?: string;
  fieldIssues?: ApiFieldIssue[] | null;
  details?: Record<string, unknown> | null;
}

function dataOf(error: unknown): ErrorData | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null ? (data as ErrorData) : {};
}

/** The one decoder of the API's errors on the client. */
export function parseApiError<Saved = unknown>(error: unknown): ParsedApiError<Saved> {
  const data = dataOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (data === null) return { kind: 'message', code: null, message };
  const code = data.code ?? null;
  const details = data.details ?? {};
  switch (code) {
    case 'BAD_REQUEST':
      if (data.fieldIssues && data.fieldIssues.length > 0)
        return { kind: 'fields', code, fields: data.fieldIssues };
      break;
    case 'CONFLICT':
      return {
        kind: 'conflict',
        code,
        currentVersion: typeof details.currentVersion === 'number' ? details.currentVersion : null,
        saved:
          typeof details.current === 'object' && details.current !== null
            ? (details.current as Saved)
            : null,
        reason: typeof details.reason === 'string' ? details.reason : null,
        details,
      };
    case 'TOO_MANY_REQUESTS':
      return {
        kind: 'rateLimited',
        code,
        retryAfter:
          typeof details.retryAfterSeconds === 'number' ? details.retryAfterSeconds : null,
      };
    case 'SERVICE_UNAVAILABLE':
      return { kind: 'unavailable', code };
  }
  return { kind: 'message', code, message };
}

/** The field issues of a refused input; anything else (network, conflict, forbidden) has none. */
export function findApiFieldIssues(error: unknown): ApiFieldIssue[] {
  const parsed = parseApiError(error);
  return parsed.kind === 'fields' ? parsed.fields : [];
}

/** The tRPC code of a failed call (`FORBIDDEN` …); null when it never got an answer. */
export function apiCodeOf(error: unknown): string | null {
  return parseApiError(error).code;
}

/** The page is not this user's to see (the API said FORBIDDEN). */
export function isForbidden(error: unknown): boolean {
  return apiCodeOf(error) === 'FORBIDDEN';
}

/** A unit's report (and its capacity) is no longer the unit's to change: submitted, or round closed. */
export type LockReason = 'submitted' | 'roundClosed';

/** Why a refused save cannot be tried again on this report, from the funnel's conflict. */
export function lockReasonOf(parsed: ParsedApiError): LockReason | null {
  if (parsed.kind !== 'conflict') return null;
  return parsed.reason === 'submitted' || parsed.reason === 'roundClosed' ? parsed.reason : null;
}

/**
 * What a page's NOT_FOUND is about ('capability', 'unit', 'round'), from the error's details; an
 * invalid code or slug counts as not found too.
 */
export function notFoundSubject(error: unknown): string | null {
  const parsed = parseApiError(error);
  if (parsed.kind === 'fields') {
    const path = parsed.fields[0]?.path;
    if (path === 'code') return 'capability';
    if (path === 'slug') return 'unit';
    if (path === 'round') return 'round';
    return null;
  }
  if (parsed.code !== 'NOT_FOUND') return null;
  const what = dataOf(error)?.details?.what;
  return typeof what === 'string' ? what : 'unknown';
}
