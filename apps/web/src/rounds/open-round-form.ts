import { findFirstInvalidField } from '../forms/field-errors';
import { findApiFieldIssues } from '../forms/api-error';

export type OpenRoundField = 'code' | 'startsOn' | 'endsOn' | 'deadline';
/** The order the fields stand in on screen: focus goes to the first one in error. */
export const OPEN_ROUND_FIELD_ORDER: readonly OpenRoundField[] = [
  'code',
  'startsOn',
  'endsOn',
  'deadline',
];

/** A message key under `rounds.open.errors` in the catalogues. */
export type OpenRoundFieldError =
  | 'codeRequired'
  | 'codeInvalid'
  | 'roundAlreadyOpen'
  | 'roundCodeTaken'
  | 'dateRequired'
  | 'dateInvalid'
  | 'endsBeforeStart'
  | 'deadlineBeforeStart';

export type OpenRoundFieldErrors = Partial<Record<OpenRoundField, OpenRoundFieldError>>;

export type OpenRoundValues = Record<OpenRoundField, string>;

const ROUND_CODE = /^\d{4}-[A-Z]\d$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function checkDate(value: string): OpenRoundFieldError | undefined {
  if (value === '') return 'dateRequired';
  return isIsoDate(value) ? undefined : 'dateInvalid';
}

/** The client's check before `rounds.open`: the same rules as the API, told at once. */
export function validateOpenRound(values: OpenRoundValues): OpenRoundFieldErrors {
  const errors: OpenRoundFieldErrors = {};
  const code = values.code.trim();
  if (code === '') errors.code = 'codeRequired';
  else if (!ROUND_CODE.test(code)) errors.code = 'codeInvalid';
  for (const field of ['startsOn', 'endsOn', 'deadline'] as const) {
    const error = checkDate(values[field]);
    if (error) errors[field] = error;
  }
  if (!errors.startsOn && !errors.endsOn && values.endsOn < values.startsOn) {
    errors.endsOn = 'endsBeforeStart';
  }
  if (!errors.startsOn && !errors.deadline && values.deadline < values.startsOn) {
    errors.deadline = 'deadlineBeforeStart';
  }
  return errors;
}

const DOMAIN_CODES: readonly OpenRoundFieldError[] = [
  'roundAlreadyOpen',
  'roundCodeTaken',
  'endsBeforeStart',
  'deadlineBeforeStart',
];

/** The API's field issues (zod codes and domain keys) as the messages the client check gives. */
export function fieldErrorsFromApi(error: unknown): OpenRoundFieldErrors {
  const errors: OpenRoundFieldErrors = {};
  for (const issue of findApiFieldIssues(error)) {
    const field = OPEN_ROUND_FIELD_ORDER.find((f) => f === issue.path);
    if (!field || errors[field]) continue;
    const known = DOMAIN_CODES.find((c) => c === issue.code);
    errors[field] = known ?? (field === 'code' ? 'codeInvalid' : 'dateInvalid');
  }
  return errors;
}

export function findFirstInvalidOpenRoundField(errors: OpenRoundFieldErrors) {
  return findFirstInvalidField(errors, OPEN_ROUND_FIELD_ORDER);
}

export function toOpenRoundInput(values: OpenRoundValues) {
  return { ...values, code: values.code.trim() };
}
