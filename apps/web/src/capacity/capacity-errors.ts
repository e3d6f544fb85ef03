import { findApiFieldIssues } from '../forms/field-errors';
import { isApiError } from '../trpc';
import type { FieldError, FieldErrors, FieldKey } from './capacity-values';
import type { CapacityReportData } from './types';

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

/** Why a save was refused: someone saved first, or the report is no longer the unit's to change. */
export type CapacityConflict =
  | { kind: 'stale'; currentVersion: number; current: CapacityReportData | null }
  | { kind: 'locked'; reason: 'submitted' | 'roundClosed' };

export function readCapacityConflict(error: unknown): CapacityConflict | null {
  if (!isApiError(error) || error.data?.code !== 'CONFLICT') return null;
  const details: unknown = error.data.details;
  if (typeof details !== 'object' || details === null) return null;
  const d = details as Record<string, unknown>;
  if (d.reason === 'submitted' || d.reason === 'roundClosed') {
    return { kind: 'locked', reason: d.reason };
  }
  if (typeof d.currentVersion === 'number') {
    const current =
      typeof d.current === 'object' && d.current !== null
        ? (d.current as CapacityReportData)
        : null;
    return { kind: 'stale', currentVersion: d.currentVersion, current };
  }
  return null;
}
