import type { TFunction } from 'i18next';
import type { ConflictRow } from '../components/conflict-table';
import { describeLevel } from './item-facts';
import type { ReviewItem } from './types';
import type { SavedValidation, ValidationDraft } from './validation-draft';

/** ITD's validation beside the one saved first, for the conflict panel. */
export function describeItemConflict(
  t: TFunction,
  item: ReviewItem,
  mine: ValidationDraft,
  saved: SavedValidation,
): ConflictRow[] {
  const none = t('review.notValidated');
  return [
    {
      label: t('field.validatedRating'),
      mine: mine.rating === null ? none : describeLevel(item, mine.rating),
      saved: saved.validatedRating === null ? none : describeLevel(item, saved.validatedRating),
    },
    {
      label: t('field.validationComment'),
      mine: mine.comment.trim() || t('field.empty'),
      saved: saved.validationComment?.trim() || t('field.empty'),
    },
  ];
}
