import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import {
  fieldErrorsFromApi,
  findFirstInvalidOpenRoundField,
  validateOpenRound,
} from './open-round-form';

const valid = {
  code: '2027-K1',
  startsOn: '2027-01-01',
  endsOn: '2027-03-31',
  deadline: '2027-03-12',
};

function apiError(fieldIssues: { path: string; code: string }[]) {
  return new TRPCClientError('Invalid input', {
    result: {
      error: {
        code: -32600,
        message: 'Invalid input',
        data: { code: 'BAD_REQUEST', fieldIssues },
      },
    },
  } as never);
}

describe('validateOpenRound', () => {
  it('accepts a well-formed round', () => {
    expect(validateOpenRound(valid)).toEqual({});
  });

  it.each([
    [{ code: '' }, { code: 'codeRequired' }],
    [{ code: '2027-k1' }, { code: 'codeInvalid' }],
    [{ endsOn: '2026-12-31' }, { endsOn: 'endsBeforeStart' }],
    [{ deadline: '2026-12-01' }, { deadline: 'deadlineBeforeStart' }],
    [{ startsOn: '' }, { startsOn: 'dateRequired' }],
    [{ endsOn: '2027-02-30' }, { endsOn: 'dateInvalid' }],
  ])('%j gives %j', (change, errors) => {
    expect(validateOpenRound({ ...valid, ...change })).toEqual(errors);
  });

  it('sends focus to the first field in error, in screen order', () => {
    const errors = validateOpenRound({ ...valid, code: '', endsOn: '2020-01-01' });
    expect(findFirstInvalidOpenRoundField(errors)).toBe('code');
  });
});

describe('fieldErrorsFromApi', () => {
  it('puts an already open round beside the code field', () => {
    expect(fieldErrorsFromApi(apiError([{ path: 'code', code: 'roundAlreadyOpen' }]))).toEqual({
      code: 'roundAlreadyOpen',
    });
  });

  it('turns zod codes into the client check messages', () => {
    expect(
      fieldErrorsFromApi(
        apiError([
          { path: 'code', code: 'invalid_format' },
          { path: 'deadline', code: 'invalid_format' },
        ]),
      ),
    ).toEqual({ code: 'codeInvalid', deadline: 'dateInvalid' });
  });

  it('has nothing for an error that is not about the input', () => {
    expect(fieldErrorsFromApi(new Error('network'))).toEqual({});
  });
});
