import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { parseApiError } from '../forms/api-error';
import {
  fieldErrorsFromApi,
  toItemConflict,
  formErrorOf,
  toSaveInput,
  validateDraft,
} from './validation-draft';

function apiError(data: Record<string, unknown>) {
  return new TRPCClientError('refused', {
    result: { error: { code: -32600, message: 'refused', data } },
  } as never);
}

const item = { selfRating: 3, notApplicable: false };

describe('validateDraft', () => {
  it('asks for a reason where ITD differs from the unit', () => {
    expect(validateDraft(item, { rating: 2, comment: ' ', reason: '' }, false)).toEqual({
      comment: 'validationCommentRequired',
    });
  });

  it('needs no reason where ITD agrees or leaves it empty', () => {
    expect(validateDraft(item, { rating: 3, comment: '', reason: '' }, false)).toEqual({});
    expect(validateDraft(item, { rating: null, comment: '', reason: '' }, false)).toEqual({});
  });

  it('in a closed round needs the reason for the change', () => {
    expect(validateDraft(item, { rating: 3, comment: '', reason: '' }, true)).toEqual({
      reason: 'reasonRequired',
    });
  });

  it('refuses a rating for a capability that does not apply', () => {
    expect(
      validateDraft(
        { selfRating: null, notApplicable: true },
        { rating: 2, comment: '', reason: '' },
        false,
      ),
    ).toEqual({ rating: 'notApplicable' });
  });
});

describe('toSaveInput', () => {
  const key = { round: '2026-K4', unit: 'x', capabilityCode: 'c' };

  it('sends an empty comment as null and no reason in an open round', () => {
    expect(toSaveInput(key, 4, { rating: 3, comment: '  ', reason: 'x' }, false)).toEqual({
      ...key,
      version: 4,
      validatedRating: 3,
      validationComment: null,
    });
  });

  it('sends the trimmed reason in a closed round', () => {
    expect(toSaveInput(key, 4, { rating: 3, comment: '', reason: ' fel ' }, true).reason).toBe(
      'fel',
    );
  });
});

describe('API errors', () => {
  it('maps field issues to the fields they are about', () => {
    const error = apiError({
      code: 'BAD_REQUEST',
      fieldIssues: [
        { path: 'validationComment', code: 'validationCommentRequired' },
        { path: 'reason', code: 'reasonRequired' },
      ],
    });
    expect(fieldErrorsFromApi(error)).toEqual({
      comment: 'validationCommentRequired',
      reason: 'reasonRequired',
    });
  });

  it('reads both versions from a stale save', () => {
    const error = apiError({
      code: 'CONFLICT',
      details: { currentVersion: 7, current: { validatedRating: 2, validationComment: 'Nej' } },
    });
    expect(toItemConflict(parseApiError(error))).toEqual({
      currentVersion: 7,
      current: { validatedRating: 2, validationComment: 'Nej' },
    });
  });

  it('tells a report that is no longer submitted from a stale one', () => {
    expect(formErrorOf(apiError({ code: 'CONFLICT', details: { reason: 'notSubmitted' } }))).toBe(
      'notSubmitted',
    );
    expect(
      toItemConflict(parseApiError(apiError({ code: 'CONFLICT', details: { reason: 'x' } }))),
    ).toBeNull();
    expect(
      formErrorOf(
        apiError({
          code: 'BAD_REQUEST',
          fieldIssues: [{ path: 'progress', code: 'notAllValidated' }],
        }),
      ),
    ).toBe('notAllValidated');
  });
});
