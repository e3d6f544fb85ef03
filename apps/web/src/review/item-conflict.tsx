import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeLevel } from './item-facts';
import type { ReviewItem } from './types';
import type { SavedValidation, ValidationDraft } from './validation-draft';
import { ConflictTable } from '../components/conflict-table';

interface ItemConflictProps {
  item: ReviewItem;
  mine: ValidationDraft;
  saved: SavedValidation;
  onUseSaved: () => void;
  onKeepMine: () => void;
}

/** Someone saved this capability first: both versions side by side, and the choice of which stands. */
export function ItemConflict({ item, mine, saved, onUseSaved, onKeepMine }: ItemConflictProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The save button is gone behind this choice: start reading at the panel's heading.
  useEffect(() => headingRef.current?.focus(), []);
  const none = t('review.notValidated');
  const rows = [
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
  return (
    <div
      className="conflict-panel review-conflict"
      role="group"
      aria-labelledby={`${item.capabilityCode}-conflict`}
    >
      <h4 id={`${item.capabilityCode}-conflict`} ref={headingRef} tabIndex={-1}>
        {t('review.conflict.heading')}
      </h4>
      <p>{t('review.conflict.text', { capability: item.capabilityName })}</p>
      <ConflictTable
        caption={t('review.conflict.caption', { capability: item.capabilityName })}
        columns={{
          field: t('review.conflict.colField'),
          mine: t('review.conflict.colMine'),
          saved: t('review.conflict.colSaved'),
        }}
        rows={rows}
      />
      <p className="actions">
        <button type="button" className="button-secondary" onClick={onUseSaved}>
          {t('review.conflict.useSaved')}
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          {t('review.conflict.keepMine')}
        </button>
      </p>
    </div>
  );
}
