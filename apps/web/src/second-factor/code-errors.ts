import { findApiFieldIssues } from '../forms/api-error';
import { isApiError } from '../trpc';

/** A message key under `secondFactor.errors` (or `signIn.errors`) for the code or password field. */
export type CodeFieldError = 'codeRequired' | 'codeFormat' | 'wrongCode';
export type PasswordFieldError = 'passwordRequired' | 'wrongPassword';

/** The API's verdict on the code and password fields, as the form shows it beside each. */
export function codeErrorsFromApi(error: unknown): {
  code?: CodeFieldError;
  password?: PasswordFieldError;
} {
  const errors: { code?: CodeFieldError; password?: PasswordFieldError } = {};
  for (const issue of findApiFieldIssues(error)) {
    if (issue.path === 'code' && !errors.code) {
      errors.code = issue.code === 'wrongCode' ? 'wrongCode' : 'codeFormat';
    } else if (issue.path === 'password' && !errors.password) {
      errors.password = issue.code === 'wrongPassword' ? 'wrongPassword' : 'passwordRequired';
    }
  }
  return errors;
}

/** A failure beside no field: the domain's own message key when it is one the form knows. */
export function codeFormErrorOf(error: unknown): 'signedOut' | 'notStarted' | 'failed' {
  if (!isApiError(error)) return 'failed';
  if (error.data?.code === 'UNAUTHORIZED') return 'signedOut';
  if (findApiFieldIssues(error).some((i) => i.code === 'notStarted')) return 'notStarted';
  return 'failed';
}

/** The secret as the page shows it for typing into an app by hand: groups of four. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?!$)/g, '$1 ');
}
