import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { lockReasonOf, parseApiError } from '../forms/api-error';
import { fieldErrorsFromApi, validateCardValues } from './card-errors';
import type { CardValues } from './report-values';

const valid: CardValues = {
  rating: '3',
  targetLevel: '4',
  targetYear: '2028',
  evidenceText: 'Rutin',
  evidenceLink: 'https://example.se/rutin',
  evidenceOwner: 'Anna',
  evidenceDate: '2026-10-01',
  confidence: 'high',
  comment: '',
};

/** An error as the tRPC client hands it over, with the `data` our error formatter sends. */
function apiError(data: Record<string, unknown>) {
  return new TRPCClientError('refused', {
    result: { error: { code: -32600, message: 'refused', data } },
  });
}

describe('client checks before saving', () => {
  it('accepts a complete answer', () => {
    expect(validateCardValues(valid)).toEqual({});
  });

  it.each([
    [{ rating: '' }, { rating: 'ratingRequired' }],
    [{ targetYear: '2019' }, { targetYear: 'yearInvalid' }],
    [{ targetYear: '2101' }, { targetYear: 'yearInvalid' }],
    [{ targetYear: '20x8' }, { targetYear: 'yearInvalid' }],
    [{ evidenceLink: 'inte en länk' }, { evidenceLink: 'linkInvalid' }],
    [{ evidenceLink: 'javascript:alert(1)' }, { evidenceLink: 'linkInvalid' }],
    [{ evidenceLink: `https://example.se/${'a'.repeat(2000)}` }, { evidenceLink: 'linkTooLong' }],
    [{ evidenceDate: '2026-02-30' }, { evidenceDate: 'dateInvalid' }],
    [{ evidenceOwner: 'x'.repeat(201) }, { evidenceOwner: 'ownerTooLong' }],
    [{ comment: 'x'.repeat(4001) }, { comment: 'commentTooLong' }],
  ] as const)('refuses %o as the API would: %o', (change, expected) => {
    expect(validateCardValues({ ...valid, ...change })).toEqual(expected);
  });

  it('takes "not applicable" as an answer without a level', () => {
    expect(validateCardValues({ ...valid, rating: 'na' })).toEqual({});
  });
});

describe('API field issues', () => {
  it('puts each issue beside its field, by path', () => {
    const error = apiError({
      code: 'BAD_REQUEST',
      fieldIssues: [
        { path: 'fields.evidence.link', code: 'invalid_format', message: '' },
        { path: 'fields.selfRating', code: 'ratingRequired', message: '' },
        { path: 'fields.targetYear', code: 'too_small', message: '' },
        { path: 'fields.comment', code: 'too_big', message: '' },
      ],
    });
    expect(fieldErrorsFromApi(error)).toEqual({
      evidenceLink: 'linkInvalid',
      rating: 'ratingRequired',
      targetYear: 'yearInvalid',
      comment: 'commentTooLong',
    });
  });

  it('tells "not applicable" with a rating apart from a missing rating', () => {
    const error = apiError({
      code: 'BAD_REQUEST',
      fieldIssues: [{ path: 'fields.selfRating', code: 'notApplicableWithRating', message: '' }],
    });
    expect(fieldErrorsFromApi(error)).toEqual({ rating: 'notApplicableWithRating' });
  });

  it('has nothing for a conflict or a network failure', () => {
    expect(fieldErrorsFromApi(apiError({ code: 'CONFLICT', fieldIssues: null }))).toEqual({});
    expect(fieldErrorsFromApi(new Error('offline'))).toEqual({});
  });
});

describe('conflicts', () => {
  const current = {
    selfRating: 2,
    validatedRating: null,
    targetLevel: null,
    targetYear: null,
    notApplicable: false,
    evidence: { text: null, link: null, owner: null, date: null },
    confidence: null,
    comment: null,
    validationComment: null,
  };

  it('reads a stale version with the values saved now', () => {
    const error = apiError({ code: 'CONFLICT', details: { currentVersion: 7, current } });
    expect(parseApiError(error)).toMatchObject({
      kind: 'conflict',
      currentVersion: 7,
      saved: current,
    });
    expect(lockReasonOf(parseApiError(error))).toBeNull();
  });

  it('reads a locked report and stale confirmations', () => {
    const locked = parseApiError(apiError({ code: 'CONFLICT', details: { reason: 'submitted' } }));
    expect(lockReasonOf(locked)).toBe('submitted');
    const stale = parseApiError(apiError({ code: 'CONFLICT', details: { stale: ['a', 'b'] } }));
    expect(stale).toMatchObject({ kind: 'conflict', details: { stale: ['a', 'b'] } });
  });

  it('is no lock for anything that is not a conflict', () => {
    expect(
      lockReasonOf(parseApiError(apiError({ code: 'BAD_REQUEST', details: null }))),
    ).toBeNull();
  });
});
