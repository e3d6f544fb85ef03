import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictTable } from '../components/conflict-table';
import { formatDateTime } from '../format';
import type { NeedFields } from './build-need-fields';
import { describeNeed, DESCRIBED_PARTS } from './describe-need';
import type { NeedData, NeedRegisterData } from './types';

interface NeedConflictProps {
  mine: NeedFields;
  /** The need as saved now; null when it could not be read again. */
  saved: NeedData | null;
  register: NeedRegisterData;
  onUseSaved: () => void;
  onKeepMine: () => void;
}

/** Someone saved the need first: both versions side by side, and the choice of which one stands. */
export function NeedConflict({ mine, saved, register, onUseSaved, onKeepMine }: NeedConflictProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The save button is gone behind this choice: start reading at the panel's heading.
  useEffect(() => headingRef.current?.focus(), []);
  const minePart = describeNeed(t, mine, register);
  const savedPart = saved ? describeNeed(t, saved, register) : null;
  return (
    <div className="conflict-panel">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('needs.conflict.heading')}
      </h3>
      <p>
        {saved
          ? t('needs.conflict.text', {
              who: saved.updatedBy,
              when: formatDateTime(saved.updatedAt),
            })
          : t('needs.conflict.textUnknown')}
      </p>
      {savedPart && (
        <ConflictTable
          caption={t('needs.conflict.caption')}
          columns={{
            field: t('needs.conflict.colField'),
            mine: t('needs.conflict.colMine'),
            saved: t('needs.conflict.colSaved'),
          }}
          rows={DESCRIBED_PARTS.map((part) => ({
            label: t(`needs.part.${part}`),
            mine: minePart[part],
            saved: savedPart[part],
          }))}
        />
      )}
      <p className="actions">
        <button type="button" className="button-secondary" onClick={onUseSaved}>
          {t('needs.conflict.useSaved')}
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          {t('needs.conflict.keepMine')}
        </button>
      </p>
    </div>
  );
}
