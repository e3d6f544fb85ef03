import { findApiFieldIssues } from '../forms/api-error';
import type { FieldError, FieldErrors, FieldKey } from './capacity-values';

const KNOWN_CODES = new Set<FieldError>([
  'fteInvalid',
  'fteNegative',
  'fteDecimals',
  'fteTooLarge',
  'duplicate',
  'unknownCapability',
]);

/** A zod code or domain key from the API as one of the form's own messages. */
// The API sends a refinement's message key (`fteDecimals`, `duplicate`) as the issue's code.
function describeIssue(key: FieldKey, code: string): FieldError {
  if (KNOWN_CODES.has(code as FieldError)) return code as FieldError;
  if (key.startsWith('requirement.') || key.endsWith('.level')) return 'levelInvalid';
  if (code === 'too_small') return 'fteNegative';
  if (code === 'too_big') return 'fteTooLarge';
  return 'fteInvalid';
}

/**
 * The API's field issues placed on the inputs they are about, through the paths the payload was
 * built with; an issue on no known input is left out (the caller shows a general error instead).
 */
export function mapApiFieldErrors(
  error: unknown,
  fieldOfPath: Readonly<Record<string, FieldKey>>,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of findApiFieldIssues(error)) {
    const key = fieldOfPath[issue.path];
    if (key && !errors[key]) errors[key] = describeIssue(key, issue.code);
  }
  return errors;
}
