import type { AppRouter } from '@lagesbild/api';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { fieldErrorsFromApi, formErrorOf, validateSignIn } from './sign-in-form';

function apiError(code: string, fieldIssues: { path: string; code: string }[] | null = null) {
  return new TRPCClientError<AppRouter>('x', {
    result: {
      error: {
        code: -32600,
        message: 'x',
        data: { code, httpStatus: 400, path: 'auth.signIn', fieldIssues, details: null },
      },
    },
  } as never);
}

describe('validateSignIn', () => {
  it.each([
    [
      { email: '', password: '' },
      { email: 'emailRequired', password: 'passwordRequired' },
    ],
    [{ email: 'ida', password: 'x' }, { email: 'emailInvalid' }],
    [{ email: 'ida@demo', password: 'x' }, { email: 'emailInvalid' }],
    [{ email: `${'a'.repeat(320)}@x.se`, password: 'x' }, { email: 'emailTooLong' }],
    [{ email: 'ida@demo.lagesbild.se', password: '' }, { password: 'passwordRequired' }],
    [
      { email: 'ida@demo.lagesbild.se', password: 'p'.repeat(201) },
      { password: 'passwordTooLong' },
    ],
    [{ email: 'ida@demo.lagesbild.se', password: 'lagesbild-demo' }, {}],
  ])('%j gives %j', (values, expected) => {
    expect(validateSignIn(values)).toEqual(expected);
  });
});

describe('fieldErrorsFromApi', () => {
  it('turns zod issue codes into the client’s messages', () => {
    const error = apiError('BAD_REQUEST', [
      { path: 'email', code: 'invalid_format' },
      { path: 'password', code: 'too_small' },
    ]);
    expect(fieldErrorsFromApi(error, { email: 'x', password: '' })).toEqual({
      email: 'emailInvalid',
      password: 'passwordRequired',
    });
  });

  it('ignores errors that are not about the input', () => {
    expect(fieldErrorsFromApi(apiError('UNAUTHORIZED'), { email: 'x', password: 'y' })).toEqual({});
  });
});

describe('formErrorOf', () => {
  it.each([
    ['UNAUTHORIZED', 'wrongCredentials'],
    ['TOO_MANY_REQUESTS', 'tooManyAttempts'],
    ['INTERNAL_SERVER_ERROR', 'failed'],
  ])('%s is %s', (code, expected) => {
    expect(formErrorOf(apiError(code))).toBe(expected);
  });

  it('a network failure is a general failure', () => {
    expect(formErrorOf(new TypeError('Failed to fetch'))).toBe('failed');
  });
});
