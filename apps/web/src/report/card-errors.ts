import { findApiFieldIssues } from '../forms/field-errors';
import { isApiError } from '../trpc';
import type { CardValues, SavedFields } from './report-values';

export type CardField = Exclude<keyof CardValues, 'rating'> | 'rating';

/** The order the fields stand in on a card: focus goes to the first one in error. */
export const CARD_FIELD_ORDER: readonly CardField[] = [
  'rating',
  'targetLevel',
  'targetYear',
  'evidenceText',
  'evidenceLink',
  'evidenceOwner',
  'evidenceDate',
  'confidence',
  'comment',
];

/** A message key under `report.errors` in the catalogues. */
export type CardFieldError =
  | 'invalidText'
  | 'ratingRequired'
  | 'notApplicableWithRating'
  | 'levelInvalid'
  | 'yearInvalid'
  | 'textTooLong'
  | 'linkInvalid'
  | 'linkTooLong'
  | 'ownerTooLong'
  | 'dateInvalid'
  | 'confidenceInvalid'
  | 'commentTooLong';

export type CardFieldErrors = Partial<Record<CardField, CardFieldError>>;

// The API's limits (selfReportFieldsSchema in @lagesbild/domain), kept as plain numbers so the form
// does not load full zod to check them.
export const TEXT_MAX = 4000;
export const LINK_MAX = 2000;
export const OWNER_MAX = 200;
export const YEAR_MIN = 2020;
export const YEAR_MAX = 2100;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The client's check before `report.save`: the same rules the API applies, told at once. */
export function validateCardValues(values: CardValues): CardFieldErrors {
  const errors: CardFieldErrors = {};
  if (values.rating === '') errors.rating = 'ratingRequired';
  const year = values.targetYear.trim();
  if (year !== '') {
    const n = Number(year);
    if (!/^\d+$/.test(year) || n < YEAR_MIN || n > YEAR_MAX) errors.targetYear = 'yearInvalid';
  }
  if (values.evidenceText.trim().length > TEXT_MAX) errors.evidenceText = 'textTooLong';
  const link = values.evidenceLink.trim();
  if (link.length > LINK_MAX) errors.evidenceLink = 'linkTooLong';
  else if (link !== '' && !isWebLink(link)) errors.evidenceLink = 'linkInvalid';
  if (values.evidenceOwner.trim().length > OWNER_MAX) errors.evidenceOwner = 'ownerTooLong';
  const date = values.evidenceDate.trim();
  if (date !== '' && !isCalendarDate(date)) errors.evidenceDate = 'dateInvalid';
  if (values.comment.trim().length > TEXT_MAX) errors.comment = 'commentTooLong';
  return errors;
}

/** The card field an API issue path (`fields.evidence.link`) is about, if it is one of a card's. */
const FIELD_OF_PATH: Record<string, CardField> = {
  'fields.selfRating': 'rating',
  'fields.notApplicable': 'rating',
  'fields.targetLevel': 'targetLevel',
  'fields.targetYear': 'targetYear',
  'fields.evidence.text': 'evidenceText',
  'fields.evidence.link': 'evidenceLink',
  'fields.evidence.owner': 'evidenceOwner',
  'fields.evidence.date': 'evidenceDate',
  'fields.confidence': 'confidence',
  'fields.comment': 'comment',
};

function describeIssue(field: CardField, code: string): CardFieldError {
  switch (field) {
    case 'rating':
      return code === 'notApplicableWithRating' ? 'notApplicableWithRating' : 'ratingRequired';
    case 'targetLevel':
      return 'levelInvalid';
    case 'targetYear':
      return 'yearInvalid';
    case 'evidenceText':
      return 'textTooLong';
    case 'evidenceLink':
      return code === 'too_big' ? 'linkTooLong' : 'linkInvalid';
    case 'evidenceOwner':
      return 'ownerTooLong';
    case 'evidenceDate':
      return 'dateInvalid';
    case 'confidence':
      return 'confidenceInvalid';
    case 'comment':
      return 'commentTooLong';
  }
}

/** The API's field issues (zod codes and domain keys) as the same messages the client check gives. */
export function fieldErrorsFromApi(error: unknown): CardFieldErrors {
  const errors: CardFieldErrors = {};
  for (const issue of findApiFieldIssues(error)) {
    const field = FIELD_OF_PATH[issue.path];
    if (!field || errors[field]) continue;
    errors[field] = issue.code === 'invalidText' ? 'invalidText' : describeIssue(field, issue.code);
  }
  return errors;
}

/** Why a save was refused when someone else saved first, or the report is no longer the unit's. */
export type SaveConflict =
  | { kind: 'stale'; currentVersion: number; current: SavedFields }
  | { kind: 'locked'; reason: 'submitted' | 'roundClosed' }
  /** `confirmUnchanged`: these cards changed since the page read them. */
  | { kind: 'staleItems'; codes: string[] };

function isSavedFields(value: unknown): value is SavedFields {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.notApplicable === 'boolean' && typeof v.evidence === 'object' && v.evidence !== null
  );
}

/** The CONFLICT's details, in the shapes the report's mutations send; anything else is null. */
export function readConflict(error: unknown): SaveConflict | null {
  if (!isApiError(error) || error.data?.code !== 'CONFLICT') return null;
  const details: unknown = error.data.details;
  if (typeof details !== 'object' || details === null) return null;
  const d = details as Record<string, unknown>;
  if (d.reason === 'submitted' || d.reason === 'roundClosed') {
    return { kind: 'locked', reason: d.reason };
  }
  if (Array.isArray(d.stale)) {
    return { kind: 'staleItems', codes: d.stale.filter((c): c is string => typeof c === 'string') };
  }
  if (typeof d.currentVersion === 'number' && isSavedFields(d.current)) {
    return { kind: 'stale', currentVersion: d.currentVersion, current: d.current };
  }
  return null;
}
