import {
  LINK_MAX_LENGTH,
  TARGET_YEAR_MAX,
  TARGET_YEAR_MIN,
  TEXT_MAX_LENGTH,
  TITLE_MAX_LENGTH,
} from '@lagesbild/domain';
import { findApiFieldIssues } from '../forms/api-error';
import type { CardValues } from './report-values';

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
    if (!/^\d+$/.test(year) || n < TARGET_YEAR_MIN || n > TARGET_YEAR_MAX)
      errors.targetYear = 'yearInvalid';
  }
  if (values.evidenceText.trim().length > TEXT_MAX_LENGTH) errors.evidenceText = 'textTooLong';
  const link = values.evidenceLink.trim();
  if (link.length > LINK_MAX_LENGTH) errors.evidenceLink = 'linkTooLong';
  else if (link !== '' && !isWebLink(link)) errors.evidenceLink = 'linkInvalid';
  if (values.evidenceOwner.trim().length > TITLE_MAX_LENGTH) errors.evidenceOwner = 'ownerTooLong';
  const date = values.evidenceDate.trim();
  if (date !== '' && !isCalendarDate(date)) errors.evidenceDate = 'dateInvalid';
  if (values.comment.trim().length > TEXT_MAX_LENGTH) errors.comment = 'commentTooLong';
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
