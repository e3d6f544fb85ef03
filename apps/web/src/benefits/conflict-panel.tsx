import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictTable, type ConflictRow } from '../components/conflict-table';

/** Someone saved first: both versions side by side, and the choice of which one stands. */
export function ConflictPanel({
  who,
  rows,
  onUseSaved,
  onKeepMine,
}: {
  who: string | null;
  rows: readonly ConflictRow[];
  onUseSaved: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The save button is gone behind this choice: start reading at the panel's heading.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="conflict-panel">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('benefits.conflict.heading')}
      </h3>
      <p>{who ? t('benefits.conflict.text', { who }) : t('benefits.conflict.textUnknown')}</p>
      {rows.length > 0 && (
        <ConflictTable
          caption={t('benefits.conflict.caption')}
          columns={{
            field: t('benefits.conflict.colField'),
            mine: t('benefits.conflict.colMine'),
            saved: t('benefits.conflict.colSaved'),
          }}
          rows={rows}
        />
      )}
      <p className="actions">
        <button type="button" className="button" onClick={onKeepMine}>
          {t('benefits.conflict.keepMine')}
        </button>
        <button type="button" className="button-secondary" onClick={onUseSaved}>
          {t('benefits.conflict.useSaved')}
        </button>
      </p>
    </div>
  );
}
