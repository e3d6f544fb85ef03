import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@lagesbild/domain';
import * as z from 'zod/mini';
import type { Role } from '../api-types';
import { findFirstInvalidField } from '../forms/field-errors';
import { apiCodeOf, findApiFieldIssues } from '../forms/api-error';
import { USER_ROLES } from '../search';

const emailFormat = z.email();

export type UserField = 'email' | 'name' | 'role' | 'unitSlug' | 'password';
/** The order the fields stand in on screen: focus goes to the first one in error. */
export const USER_FIELD_ORDER: readonly UserField[] = [
  'email',
  'name',
  'role',
  'unitSlug',
  'password',
];

/** A message key under `users.errors` in the catalogues. */
export type UserFieldError =
  | 'invalidText'
  | 'emailRequired'
  | 'emailInvalid'
  | 'emailTooLong'
  | 'emailTaken'
  | 'nameRequired'
  | 'nameTooLong'
  | 'roleInvalid'
  | 'ownRole'
  | 'unitRequired'
  | 'unitNotAllowed'
  | 'unknownUnit'
  | 'passwordTooShort'
  | 'passwordTooLong';

export type UserFieldErrors = Partial<Record<UserField, UserFieldError>>;

/** What the form holds; `unitSlug` is '' when no unit is chosen. */
export interface UserFormValues {
  email: string;
  name: string;
  role: Role;
  unitSlug: string;
  password: string;
}

export type UserChangeValues = Pick<UserFormValues, 'name' | 'role' | 'unitSlug'>;

export function isRole(value: string): value is Role {
  return (USER_ROLES as readonly string[]).includes(value);
}

/** Name, role and unit: the checks a new user and a change share, as the API makes them. */
export function validateUserChange({ name, role, unitSlug }: UserChangeValues): UserFieldErrors {
  const errors: UserFieldErrors = {};
  const trimmed = name.trim();
  if (trimmed === '') errors.name = 'nameRequired';
  else if (trimmed.length > NAME_MAX_LENGTH) errors.name = 'nameTooLong';
  if (!isRole(role)) errors.role = 'roleInvalid';
  else if (role === 'reporter' && unitSlug === '') errors.unitSlug = 'unitRequired';
  return errors;
}

/** The client's check before `users.create`, so the common mistakes are told at once. */
export function validateNewUser(values: UserFormValues): UserFieldErrors {
  const errors: UserFieldErrors = {};
  const email = values.email.trim();
  if (email === '') errors.email = 'emailRequired';
  else if (email.length > EMAIL_MAX_LENGTH) errors.email = 'emailTooLong';
  else if (!emailFormat.safeParse(email).success) errors.email = 'emailInvalid';
  Object.assign(errors, validateUserChange(values));
  // An empty password means the person signs in another way; a short one is a mistake.
  if (values.password !== '' && values.password.length < PASSWORD_MIN_LENGTH) {
    errors.password = 'passwordTooShort';
  } else if (values.password.length > PASSWORD_MAX_LENGTH) errors.password = 'passwordTooLong';
  return errors;
}

/** Only a reporter sends a unit: the API refuses one for the other roles. */
export function unitForRole(role: Role, unitSlug: string): string | null {
  return role === 'reporter' && unitSlug !== '' ? unitSlug : null;
}

export function toNewUserInput(values: UserFormValues) {
  return {
    email: values.email.trim(),
    name: values.name.trim(),
    role: values.role,
    unitSlug: unitForRole(values.role, values.unitSlug),
    ...(values.password === '' ? {} : { password: values.password }),
  };
}

const DOMAIN_CODES: Partial<Record<UserField, readonly UserFieldError[]>> = {
  email: ['emailTaken'],
  role: ['ownRole'],
  unitSlug: ['unitRequired', 'unitNotAllowed', 'unknownUnit'],
};

function describeIssue(field: UserField, code: string, values: Partial<UserFormValues>) {
  const known = DOMAIN_CODES[field]?.find((c) => c === code);
  if (known) return known;
  if (code === 'invalidText') return 'invalidText';
  switch (field) {
    case 'email':
      if (code === 'too_big') return 'emailTooLong';
      return values.email?.trim() ? 'emailInvalid' : 'emailRequired';
    case 'name':
      return code === 'too_big' ? 'nameTooLong' : 'nameRequired';
    case 'role':
      return 'roleInvalid';
    case 'unitSlug':
      return 'unknownUnit';
    case 'password':
      return code === 'too_big' ? 'passwordTooLong' : 'passwordTooShort';
  }
}

/** The API's field issues (zod codes and domain keys) as the same messages the client check gives. */
export function fieldErrorsFromApi(
  error: unknown,
  values: Partial<UserFormValues>,
): UserFieldErrors {
  const errors: UserFieldErrors = {};
  for (const issue of findApiFieldIssues(error)) {
    const field = USER_FIELD_ORDER.find((f) => f === issue.path);
    if (field && !errors[field]) errors[field] = describeIssue(field, issue.code, values);
  }
  return errors;
}

export function findFirstInvalidUserField(errors: UserFieldErrors): UserField | null {
  return findFirstInvalidField(errors, USER_FIELD_ORDER);
}

/** A message key under `users.errors` for a failure that is not about one field. */
export type UserFormError = 'ownAccount' | 'forbidden' | 'notFound' | 'failed';

export function formErrorOf(error: unknown): UserFormError {
  if (findApiFieldIssues(error).some((i) => i.code === 'ownAccount')) return 'ownAccount';
  const code = apiCodeOf(error);
  if (code === 'FORBIDDEN') return 'forbidden';
  if (code === 'NOT_FOUND') return 'notFound';
  return 'failed';
}
