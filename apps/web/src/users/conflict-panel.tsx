import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedUser } from '../api-types';
import type { UserChangeValues } from './user-form';
import type { UnitOption } from './users-table';
import { ConflictTable } from '../components/conflict-table';

interface ConflictPanelProps {
  mine: UserChangeValues;
  saved: ManagedUser;
  units: readonly UnitOption[];
  onUseSaved: () => void;
  onKeepMine: () => void;
}

/** Someone saved first: both versions side by side, and the choice of which one stands. */
export function ConflictPanel({ mine, saved, units, onUseSaved, onKeepMine }: ConflictPanelProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form's save button is gone behind this choice: start reading at the panel's heading.
  useEffect(() => headingRef.current?.focus(), []);
  const unitName = (slug: string | null) =>
    !slug ? '–' : (units.find((u) => u.slug === slug)?.name ?? slug);
  const rows = [
    { label: t('users.field.name'), mine: mine.name.trim(), saved: saved.name },
    {
      label: t('users.field.role'),
      mine: t(`auth.role.${mine.role}`),
      saved: t(`auth.role.${saved.role}`),
    },
    {
      label: t('users.field.unit'),
      mine: unitName(mine.role === 'reporter' ? mine.unitSlug : null),
      saved: unitName(saved.unitSlug),
    },
  ];
  return (
    <div className="conflict-panel">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('users.conflict.heading')}
      </h3>
      <p>{t('users.conflict.text', { name: saved.name })}</p>
      <ConflictTable
        caption={t('users.conflict.caption')}
        columns={{
          field: t('users.conflict.colField'),
          mine: t('users.conflict.colMine'),
          saved: t('users.conflict.colSaved'),
        }}
        rows={rows}
      />
      <p className="actions">
        <button type="button" className="button-secondary" onClick={onUseSaved}>
          {t('users.conflict.useSaved')}
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          {t('users.conflict.keepMine')}
        </button>
      </p>
    </div>
  );
}
