import { apiCodeOf, findApiFieldIssues } from '../forms/api-error';
import type { NeedFieldError, NeedFieldErrors, NeedFieldKey } from './need-values';

// Domain keys the API sends as an issue's code; each has a message of its own.
const DOMAIN_CODES = new Set<NeedFieldError>([
  'invalidText',
  'unknownCapability',
  'unknownUnit',
  'unknownNeed',
  'dependencyCycle',
  'beyondDuration',
  'duplicate',
  'dependsOnItself',
  'ownUnitOnly',
  'proposedOnly',
  'fteDecimals',
]);

/** A zod code or domain key from the API as the message the client's own check gives. */
export function describeNeedIssue(key: NeedFieldKey, code: string): NeedFieldError {
  if (DOMAIN_CODES.has(code as NeedFieldError)) return code as NeedFieldError;
  const small = code === 'too_small';
  const big = code === 'too_big';
  if (key === 'title') return big ? 'titleTooLong' : 'titleRequired';
  if (key === 'description' || key.startsWith('constraint.')) return 'textTooLong';
  if (key === 'ownerUnits') return small ? 'ownerUnitsRequired' : 'unknownUnit';
  if (key.startsWith('capability.')) {
    return key.endsWith('.lift') ? 'liftInvalid' : 'unknownCapability';
  }
  if (key === 'plannedStart') return 'yearInvalid';
  if (key === 'durationYears') return 'durationInvalid';
  if (key === 'operatingTkr' || key.startsWith('oneOff.') || key.startsWith('benefit.')) {
    return small ? 'tkrNegative' : big ? 'tkrTooLarge' : 'tkrInvalid';
  }
  if (key.startsWith('fte.')) {
    if (key.endsWith('.area')) return 'areaRequired';
    if (key.endsWith('.year')) return 'beyondDuration';
    return small ? 'fteNegative' : big ? 'fteTooLarge' : 'fteInvalid';
  }
  if (key === 'dependsOn') return 'unknownNeed';
  if (key === 'risk') return 'riskInvalid';
  if (key === 'priority') return 'priorityInvalid';
  if (key === 'status') return 'statusInvalid';
  return 'invalid';
}

/**
 * The API's field issues placed on the inputs they are about, through the paths the fields were
 * built with; an issue on no known input is left out (the caller shows a general error instead).
 */
export function mapNeedApiErrors(
  error: unknown,
  fieldOfPath: Readonly<Record<string, NeedFieldKey>>,
): NeedFieldErrors {
  const errors: NeedFieldErrors = {};
  for (const issue of findApiFieldIssues(error)) {
    const key = fieldOfPath[issue.path];
    if (key && !errors[key]) errors[key] = describeNeedIssue(key, issue.code);
  }
  return errors;
}

/** A message key under `needs.formErrors` for a failure that is not about one field. */
export type NeedFormError = 'forbidden' | 'notFound' | 'notProposed' | 'refused' | 'failed';

export function describeFormError(error: unknown): NeedFormError {
  if (findApiFieldIssues(error).some((i) => i.code === 'notProposed')) return 'notProposed';
  const code = apiCodeOf(error);
  if (code === 'FORBIDDEN') return 'forbidden';
  if (code === 'NOT_FOUND') return 'notFound';
  // Refused for a reason no field on the form shows (the API's rules changed, or a stale page).
  if (code === 'BAD_REQUEST') return 'refused';
  return 'failed';
}
