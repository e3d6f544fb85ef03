import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';

interface CapacityConflictProps {
  updatedBy: string | null;
  updatedAt: string | null;
  onUseSaved: () => void;
  onKeepMine: () => void;
}

/** Someone saved the capacity after this page read it: who and when, and which values stand. */
export function CapacityConflict({
  updatedBy,
  updatedAt,
  onUseSaved,
  onKeepMine,
}: CapacityConflictProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The save button is behind this choice now: start reading at the panel.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="conflict-panel capacity-conflict">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('capacity.conflict.heading')}
      </h2>
      <p>
        {updatedBy && updatedAt
          ? t('capacity.conflict.text', { who: updatedBy, when: formatDateTime(updatedAt) })
          : t('capacity.conflict.textUnknown')}
      </p>
      <p className="actions">
        <button type="button" className="button-secondary" onClick={onUseSaved}>
          {t('capacity.conflict.useSaved')}
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          {t('capacity.conflict.keepMine')}
        </button>
      </p>
    </div>
  );
}
