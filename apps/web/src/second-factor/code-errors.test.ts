import { describe, expect, it } from 'vitest';
import { TRPCClientError } from '@trpc/client';
import { codeErrorsFromApi, groupSecret } from './code-errors';

function refused(fieldIssues: { path: string; code: string }[]) {
  return new TRPCClientError('Invalid input', {
    result: {
      error: {
        code: -32600,
        message: 'Invalid input',
        data: { code: 'BAD_REQUEST', httpStatus: 400, path: 'x', fieldIssues, details: null },
      },
    },
  } as never);
}

describe('the code field’s errors', () => {
  it.each([
    [[{ path: 'code', code: 'wrongCode' }], { code: 'wrongCode' }],
    [[{ path: 'code', code: 'invalid_format' }], { code: 'codeFormat' }],
    [[{ path: 'password', code: 'wrongPassword' }], { password: 'wrongPassword' }],
    [[], {}],
  ])('%o reads %o', (issues, expected) => {
    expect(codeErrorsFromApi(refused(issues))).toEqual(expected);
  });

  it('groups a secret in fours for typing by hand', () => {
    expect(groupSecret('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')).toBe(
      'ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567',
    );
  });
});
