import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { apiCodeOf, isForbidden, lockReasonOf, notFoundSubject, parseApiError } from './api-error';

/** An error as the tRPC client hands it over, with the `data` the API's error formatter sends. */
function apiError(code: string, data: Record<string, unknown> = {}) {
  return new TRPCClientError('refused', {
    result: { error: { code: -32600, message: 'refused', data: { code, ...data } } },
  });
}

describe('parseApiError', () => {
  it('gives the field issues of a refused input', () => {
    const fields = [{ path: 'fields.title', code: 'too_big', message: 'too_big' }];
    expect(parseApiError(apiError('BAD_REQUEST', { fieldIssues: fields }))).toEqual({
      kind: 'fields',
      code: 'BAD_REQUEST',
      fields,
    });
  });

  it('gives a refusal with no field issues as a message, keeping its code', () => {
    expect(parseApiError(apiError('BAD_REQUEST', { fieldIssues: null }))).toEqual({
      kind: 'message',
      code: 'BAD_REQUEST',
      message: 'refused',
    });
  });

  it('gives a version conflict with the version and the values saved now', () => {
    const current = { title: 'Saved', version: 4 };
    expect(
      parseApiError(apiError('CONFLICT', { details: { currentVersion: 4, current } })),
    ).toEqual({
      kind: 'conflict',
      code: 'CONFLICT',
      currentVersion: 4,
      saved: current,
      reason: null,
      details: { currentVersion: 4, current },
    });
  });

  it('gives a conflict without details (two creations at once) with nothing saved to show', () => {
    expect(parseApiError(apiError('CONFLICT', { details: null }))).toMatchObject({
      kind: 'conflict',
      currentVersion: null,
      saved: null,
      reason: null,
    });
  });

  it('tells a report that is locked from one someone saved first', () => {
    const locked = parseApiError(apiError('CONFLICT', { details: { reason: 'roundClosed' } }));
    expect(lockReasonOf(locked)).toBe('roundClosed');
    const stale = parseApiError(apiError('CONFLICT', { details: { currentVersion: 3 } }));
    expect(lockReasonOf(stale)).toBeNull();
    expect(lockReasonOf(parseApiError(apiError('BAD_REQUEST')))).toBeNull();
  });

  it('gives the wait of a rate limit, and an outage as unavailable', () => {
    expect(
      parseApiError(apiError('TOO_MANY_REQUESTS', { details: { retryAfterSeconds: 30 } })),
    ).toEqual({ kind: 'rateLimited', code: 'TOO_MANY_REQUESTS', retryAfter: 30 });
    expect(parseApiError(apiError('TOO_MANY_REQUESTS'))).toMatchObject({ retryAfter: null });
    expect(parseApiError(apiError('SERVICE_UNAVAILABLE'))).toEqual({
      kind: 'unavailable',
      code: 'SERVICE_UNAVAILABLE',
    });
  });

  it('gives anything that never reached the API as a message with no code', () => {
    expect(parseApiError(new TypeError('Failed to fetch'))).toEqual({
      kind: 'message',
      code: null,
      message: 'Failed to fetch',
    });
    expect(apiCodeOf('odd')).toBeNull();
  });

  it('tells a forbidden page and what a missing one was about', () => {
    expect(isForbidden(apiError('FORBIDDEN'))).toBe(true);
    expect(isForbidden(apiError('NOT_FOUND'))).toBe(false);
    expect(notFoundSubject(apiError('NOT_FOUND', { details: { what: 'unit' } }))).toBe('unit');
    expect(notFoundSubject(apiError('NOT_FOUND'))).toBe('unknown');
    const badSlug = apiError('BAD_REQUEST', { fieldIssues: [{ path: 'slug', code: 'x' }] });
    expect(notFoundSubject(badSlug)).toBe('unit');
    expect(notFoundSubject(apiError('CONFLICT'))).toBeNull();
  });
});
