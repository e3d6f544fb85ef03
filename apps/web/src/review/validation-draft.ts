import { needsValidationComment } from '@lagesbild/domain';
import { findApiFieldIssues, parseApiError, type ParsedApiError } from '../forms/api-error';
import type { ReviewItem } from './types';

/** What ITD has chosen for one capability and not yet saved; '' means an empty text field. */
export interface ValidationDraft {
  rating: number | null;
  comment: string;
  reason: string;
}

export type ValidationField = 'rating' | 'comment' | 'reason';
export const VALIDATION_FIELD_ORDER: readonly ValidationField[] = ['rating', 'comment', 'reason'];

/** A message key under `review.errors` in the catalogues. */
export type ValidationFieldError =
  | 'invalidText'
  | 'notApplicable'
  | 'validationCommentRequired'
  | 'commentTooLong'
  | 'reasonRequired'
  | 'reasonTooLong';

export type ValidationFieldErrors = Partial<Record<ValidationField, ValidationFieldError>>;

const COMMENT_MAX = 4000;
const REASON_MAX = 1000;

export function draftOf(item: Pick<ReviewItem, 'validatedRating' | 'validationComment'>) {
  return { rating: item.validatedRating, comment: item.validationComment ?? '', reason: '' };
}

/** The draft differs from what is saved, so leaving it unsaved would lose something. */
export function isDraftChanged(item: ReviewItem, draft: ValidationDraft): boolean {
  return (
    draft.rating !== item.validatedRating ||
    draft.comment.trim() !== (item.validationComment ?? '').trim()
  );
}

/** A comment is needed where ITD's rating differs from the unit's own (as the API requires). */
export function isCommentRequired(item: Pick<ReviewItem, 'selfRating'>, rating: number | null) {
  return rating !== null && item.selfRating !== null && rating !== item.selfRating;
}

/** The client's check before `review.save`; a closed round also needs the reason for the change. */
export function validateDraft(
  item: Pick<ReviewItem, 'selfRating' | 'notApplicable'>,
  draft: ValidationDraft,
  roundClosed: boolean,
): ValidationFieldErrors {
  const errors: ValidationFieldErrors = {};
  if (item.notApplicable && draft.rating !== null) errors.rating = 'notApplicable';
  const row = {
    selfRating: item.selfRating,
    validatedRating: draft.rating,
    validationComment: draft.comment,
  };
  if (needsValidationComment(row)) errors.comment = 'validationCommentRequired';
  else if (draft.comment.trim().length > COMMENT_MAX) errors.comment = 'commentTooLong';
  if (roundClosed) {
    if (draft.reason.trim() === '') errors.reason = 'reasonRequired';
    else if (draft.reason.trim().length > REASON_MAX) errors.reason = 'reasonTooLong';
  }
  return errors;
}

export function toSaveInput(
  key: { round: string; unit: string; capabilityCode: string },
  version: number,
  draft: ValidationDraft,
  roundClosed: boolean,
) {
  return {
    ...key,
    version,
    validatedRating: draft.rating,
    validationComment: draft.comment.trim() || null,
    ...(roundClosed ? { reason: draft.reason.trim() } : {}),
  };
}

const FIELD_OF_PATH: Record<string, ValidationField> = {
  validatedRating: 'rating',
  validationComment: 'comment',
  reason: 'reason',
};

/** The API's field issues as the messages the client check gives. */
export function fieldErrorsFromApi(error: unknown): ValidationFieldErrors {
  const errors: ValidationFieldErrors = {};
  for (const issue of findApiFieldIssues(error)) {
    const field = FIELD_OF_PATH[issue.path];
    if (!field || errors[field]) continue;
    if (issue.code === 'invalidText') errors[field] = 'invalidText';
    else if (field === 'rating') errors.rating = 'notApplicable';
    else if (field === 'comment')
      errors.comment = issue.code === 'too_big' ? 'commentTooLong' : 'validationCommentRequired';
    else errors.reason = issue.code === 'too_big' ? 'reasonTooLong' : 'reasonRequired';
  }
  return errors;
}

export interface SavedValidation {
  validatedRating: number | null;
  validationComment: string | null;
}

export interface ItemConflict {
  currentVersion: number;
  current: SavedValidation;
}

/** Someone saved the capability first: the funnel's conflict as its version and saved values. */
export function toItemConflict(
  parsed: ParsedApiError<Partial<SavedValidation>>,
): ItemConflict | null {
  if (parsed.kind !== 'conflict' || parsed.currentVersion === null || !parsed.saved) return null;
  return {
    currentVersion: parsed.currentVersion,
    current: {
      validatedRating: parsed.saved.validatedRating ?? null,
      validationComment: parsed.saved.validationComment ?? null,
    },
  };
}

/** A message key under `review.errors` for a refusal that is not about one field. */
export type ReviewFormError =
  | 'notSubmitted'
  | 'roundClosed'
  | 'returned'
  | 'stale'
  | 'notAllValidated'
  | 'validationCommentMissing'
  | 'forbidden'
  | 'failed';

export function formErrorOf(error: unknown): ReviewFormError {
  const parsed = parseApiError(error);
  const issues = parsed.kind === 'fields' ? parsed.fields : [];
  if (issues.some((i) => i.code === 'notAllValidated')) return 'notAllValidated';
  if (issues.some((i) => i.code === 'validationCommentRequired')) return 'validationCommentMissing';
  if (parsed.code === 'FORBIDDEN') return 'forbidden';
  if (parsed.kind === 'conflict') {
    const reason = parsed.reason;
    if (reason === 'notSubmitted' || reason === 'roundClosed' || reason === 'returned')
      return reason;
    return 'stale';
  }
  return 'failed';
}
