import type { AppRouter } from '@lagesbild/api';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import type { ManagedUser } from '../api-types';
import { parseApiError } from '../forms/api-error';
import {
  fieldErrorsFromApi,
  findFirstInvalidUserField,
  formErrorOf,
  toNewUserInput,
  validateNewUser,
  validateUserChange,
  type UserFormValues,
} from './user-form';

function apiError(
  code: string,
  fieldIssues: { path: string; code: string }[] | null = null,
  details: unknown = null,
) {
  return new TRPCClientError<AppRouter>('x', {
    result: {
      error: {
        code: -32600,
        message: 'x',
        data: { code, httpStatus: 400, path: 'users.create', fieldIssues, details },
      },
    },
  } as never);
}

const valid: UserFormValues = {
  email: 'ny@malmo.se',
  name: 'Ny Person',
  role: 'viewer',
  unitSlug: '',
  password: '',
};

const saved: ManagedUser = {
  id: 7,
  name: 'Sparad',
  email: 's@malmo.se',
  role: 'viewer',
  unitSlug: null,
  signIn: 'local',
  disabled: false,
  secondFactor: false,
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('validateNewUser', () => {
  it.each([
    [
      { email: '', name: ' ' },
      { email: 'emailRequired', name: 'nameRequired' },
    ],
    [{ email: 'ida' }, { email: 'emailInvalid' }],
    [{ email: `${'a'.repeat(320)}@x.se` }, { email: 'emailTooLong' }],
    [{ name: 'n'.repeat(201) }, { name: 'nameTooLong' }],
    [{ role: 'reporter' as const }, { unitSlug: 'unitRequired' }],
    [{ role: 'reporter' as const, unitSlug: 'miljoforvaltningen' }, {}],
    [{ password: 'kort' }, { password: 'passwordTooShort' }],
    [{ password: 'p'.repeat(201) }, { password: 'passwordTooLong' }],
    [{ password: 'tolv tecken!' }, {}],
    [{}, {}],
  ])('%j gives %j', (change, expected) => {
    expect(validateNewUser({ ...valid, ...change })).toEqual(expected);
  });
});

describe('validateUserChange', () => {
  it('asks a reporter for a unit but not the other roles', () => {
    expect(validateUserChange({ name: 'A', role: 'reporter', unitSlug: '' })).toEqual({
      unitSlug: 'unitRequired',
    });
    expect(validateUserChange({ name: 'A', role: 'itd', unitSlug: '' })).toEqual({});
  });
});

describe('toNewUserInput', () => {
  it('sends a unit only for a reporter and a password only when one is given', () => {
    expect(toNewUserInput({ ...valid, role: 'viewer', unitSlug: 'x', email: ' a@b.se ' })).toEqual({
      email: 'a@b.se',
      name: 'Ny Person',
      role: 'viewer',
      unitSlug: null,
    });
    expect(
      toNewUserInput({ ...valid, role: 'reporter', unitSlug: 'x', password: 'tolv tecken!' }),
    ).toMatchObject({ unitSlug: 'x', password: 'tolv tecken!' });
  });
});

describe('fieldErrorsFromApi', () => {
  it('turns zod codes and domain keys into the form’s messages', () => {
    const error = apiError('BAD_REQUEST', [
      { path: 'email', code: 'emailTaken' },
      { path: 'name', code: 'too_big' },
      { path: 'role', code: 'ownRole' },
      { path: 'unitSlug', code: 'unknownUnit' },
      { path: 'password', code: 'too_small' },
    ]);
    expect(fieldErrorsFromApi(error, valid)).toEqual({
      email: 'emailTaken',
      name: 'nameTooLong',
      role: 'ownRole',
      unitSlug: 'unknownUnit',
      password: 'passwordTooShort',
    });
  });

  it('tells an empty e-mail from a malformed one, and keeps the first issue per field', () => {
    const error = apiError('BAD_REQUEST', [
      { path: 'email', code: 'invalid_format' },
      { path: 'email', code: 'too_big' },
      { path: 'unitSlug', code: 'unitRequired' },
    ]);
    expect(fieldErrorsFromApi(error, { ...valid, email: '' })).toEqual({
      email: 'emailRequired',
      unitSlug: 'unitRequired',
    });
  });

  it('ignores errors that are not about the input', () => {
    expect(fieldErrorsFromApi(apiError('CONFLICT'), valid)).toEqual({});
    expect(fieldErrorsFromApi(new TypeError('Failed to fetch'), valid)).toEqual({});
  });
});

describe('findFirstInvalidUserField', () => {
  it('follows the order on screen, not the order of the issues', () => {
    expect(findFirstInvalidUserField({ password: 'passwordTooShort', name: 'nameRequired' })).toBe(
      'name',
    );
    expect(findFirstInvalidUserField({})).toBeNull();
  });
});

describe('formErrorOf', () => {
  it.each([
    [apiError('BAD_REQUEST', [{ path: 'disabled', code: 'ownAccount' }]), 'ownAccount'],
    [apiError('FORBIDDEN'), 'forbidden'],
    [apiError('NOT_FOUND'), 'notFound'],
    [apiError('INTERNAL_SERVER_ERROR'), 'failed'],
    [new TypeError('Failed to fetch'), 'failed'],
  ])('%s is %s', (error, expected) => {
    expect(formErrorOf(error)).toBe(expected);
  });
});

describe('a conflict through the error funnel', () => {
  it('reads the saved version and values from a CONFLICT', () => {
    const error = apiError('CONFLICT', null, { currentVersion: 3, current: saved });
    expect(parseApiError<ManagedUser>(error)).toMatchObject({
      kind: 'conflict',
      currentVersion: 3,
      saved,
    });
  });

  it('has no saved values for anything else, or a conflict without details', () => {
    expect(parseApiError(apiError('BAD_REQUEST')).kind).toBe('message');
    expect(parseApiError(apiError('CONFLICT'))).toMatchObject({ kind: 'conflict', saved: null });
  });
});
