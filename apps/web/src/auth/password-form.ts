import {
  PASSWORD_MAX_LENGTH as PASSWORD_MAX,
  PASSWORD_MIN_LENGTH as PASSWORD_MIN,
} from '@lagesbild/domain';
import { findFirstInvalidField } from '../forms/field-errors';
import { findApiFieldIssues } from '../forms/api-error';
import { isApiError } from '../trpc';

export type PasswordField = 'currentPassword' | 'newPassword' | 'repeatPassword';
export const PASSWORD_FIELDS: readonly PasswordField[] = [
  'currentPassword',
  'newPassword',
  'repeatPassword',
];

/** A message key under `password.errors` in the catalogues. */
export type PasswordFieldError =
  | 'currentRequired'
  | 'wrongPassword'
  | 'noLocalPassword'
  | 'tooShort'
  | 'tooLong'
  | 'samePassword'
  | 'notRepeated';

export type PasswordErrors = Partial<Record<PasswordField, PasswordFieldError>>;

export interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

/** The client's check before sending: the rules the API holds, told at once and beside their field. */
export function validatePasswordChange(values: PasswordValues): PasswordErrors {
  const errors: PasswordErrors = {};
  if (values.currentPassword === '') errors.currentPassword = 'currentRequired';
  if (values.newPassword.length < PASSWORD_MIN) errors.newPassword = 'tooShort';
  else if (values.newPassword.length > PASSWORD_MAX) errors.newPassword = 'tooLong';
  else if (values.newPassword === values.currentPassword) errors.newPassword = 'samePassword';
  if (!errors.newPassword && values.repeatPassword !== values.newPassword) {
    errors.repeatPassword = 'notRepeated';
  }
  return errors;
}

const API_CODES: Record<string, PasswordFieldError> = {
  wrongPassword: 'wrongPassword',
  noLocalPassword: 'noLocalPassword',
  samePassword: 'samePassword',
  too_small: 'tooShort',
  too_big: 'tooLong',
};

/** The API's field issues as the same messages the client check gives. */
export function passwordErrorsFromApi(error: unknown): PasswordErrors {
  const errors: PasswordErrors = {};
  for (const { path, code } of findApiFieldIssues(error)) {
    if ((path === 'currentPassword' || path === 'newPassword') && !errors[path]) {
      errors[path] =
        API_CODES[code] ?? (path === 'currentPassword' ? 'currentRequired' : 'tooShort');
    }
  }
  return errors;
}

/** A failure that is not about one field: a message key under `password.errors`. */
export function passwordFormErrorOf(error: unknown): 'signedOut' | 'failed' {
  return isApiError(error) && error.data?.code === 'UNAUTHORIZED' ? 'signedOut' : 'failed';
}

export function firstInvalidPasswordField(errors: PasswordErrors): PasswordField | null {
  return findFirstInvalidField(errors, PASSWORD_FIELDS);
}
