import {
  EMAIL_MAX_LENGTH as EMAIL_MAX,
  PASSWORD_MAX_LENGTH as PASSWORD_MAX,
} from '@lagesbild/domain';
import * as z from 'zod/mini';
import { findFirstInvalidField } from '../forms/field-errors';
import { findApiFieldIssues } from '../forms/api-error';
import { isApiError } from '../trpc';

const emailFormat = z.email();

export type SignInField = 'email' | 'password';
const FIELD_ORDER: readonly SignInField[] = ['email', 'password'];

/** A message key under `signIn.errors` in the catalogues. */
export type FieldError =
  'emailRequired' | 'emailInvalid' | 'emailTooLong' | 'passwordRequired' | 'passwordTooLong';

export type FieldErrors = Partial<Record<SignInField, FieldError>>;

export interface SignInValues {
  email: string;
  password: string;
}

/** The client's check before sending, so the common mistakes are told at once and in Swedish. */
export function validateSignIn({ email, password }: SignInValues): FieldErrors {
  const errors: FieldErrors = {};
  if (email === '') errors.email = 'emailRequired';
  else if (email.length > EMAIL_MAX) errors.email = 'emailTooLong';
  else if (!emailFormat.safeParse(email).success) errors.email = 'emailInvalid';
  if (password === '') errors.password = 'passwordRequired';
  else if (password.length > PASSWORD_MAX) errors.password = 'passwordTooLong';
  return errors;
}

/** The API's field issues (zod issue codes) as the same messages the client check gives. */
export function fieldErrorsFromApi(error: unknown, values: SignInValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of findApiFieldIssues(error)) {
    if (issue.path === 'email' && !errors.email) {
      errors.email =
        issue.code === 'too_big'
          ? 'emailTooLong'
          : values.email === ''
            ? 'emailRequired'
            : 'emailInvalid';
    } else if (issue.path === 'password' && !errors.password) {
      errors.password = issue.code === 'too_big' ? 'passwordTooLong' : 'passwordRequired';
    }
  }
  return errors;
}

/** A message key under `signIn.errors` for a failure that is not about one field. */
export type FormError = 'wrongCredentials' | 'tooManyAttempts' | 'failed';

export function formErrorOf(error: unknown): FormError {
  const code = isApiError(error) ? error.data?.code : undefined;
  if (code === 'UNAUTHORIZED') return 'wrongCredentials';
  if (code === 'TOO_MANY_REQUESTS') return 'tooManyAttempts';
  return 'failed';
}

export function firstInvalidField(errors: FieldErrors): SignInField | null {
  return findFirstInvalidField(errors, FIELD_ORDER);
}
