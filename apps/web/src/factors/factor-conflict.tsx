import type { CriticalFactorFields } from '@lagesbild/domain';
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictTable } from '../components/conflict-table';
import { formatDateTime } from '../format';
import type { FactorData, FactorRegisterData } from './types';

const PARTS = [
  'title',
  'kind',
  'likelihood',
  'impact',
  'owner',
  'mitigation',
  'status',
  'capabilities',
  'needs',
] as const;

/** A factor's fields as the words the conflict table compares. */
function describeFactor(
  t: TFunction,
  f: CriticalFactorFields,
  register: FactorRegisterData,
): Record<(typeof PARTS)[number], string> {
  const capability = new Map(register.capabilities.map((c) => [c.code, c.name]));
  const need = new Map(register.needs.map((n) => [n.code, n.title]));
  const none = t('factors.register.noLinks');
  return {
    title: f.title,
    kind: t(`factors.kind.${f.kind}`),
    likelihood: String(f.likelihood),
    impact: String(f.impact),
    owner: f.owner,
    mitigation: f.mitigation,
    status: t(`factors.status.${f.status}`),
    capabilities: f.capabilityCodes.map((c) => capability.get(c) ?? c).join(', ') || none,
    needs: f.needCodes.map((c) => need.get(c) ?? c).join(', ') || none,
  };
}

const toFields = (f: FactorData): CriticalFactorFields => ({
  title: f.title,
  kind: f.kind,
  likelihood: f.likelihood,
  impact: f.impact,
  owner: f.owner,
  mitigation: f.mitigation,
  status: f.status,
  capabilityCodes: f.capabilities.map((c) => c.code),
  needCodes: f.needs.map((n) => n.code),
});

const LABELS = {
  title: 'factors.form.field.title',
  kind: 'factors.form.field.kind',
  likelihood: 'factors.form.field.likelihood',
  impact: 'factors.form.field.impact',
  owner: 'factors.form.field.owner',
  mitigation: 'factors.form.field.mitigation',
  status: 'factors.form.field.status',
  capabilities: 'factors.register.capabilities',
  needs: 'factors.register.needs',
} as const;

/** Someone saved the factor first: both versions side by side, and the choice of which one stands. */
export function FactorConflict({
  mine,
  saved,
  register,
  onUseSaved,
  onKeepMine,
}: {
  mine: CriticalFactorFields;
  /** The factor as saved now; null when it could not be read again. */
  saved: FactorData | null;
  register: FactorRegisterData;
  onUseSaved: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The save button is gone behind this choice: start reading at the panel's heading.
  useEffect(() => headingRef.current?.focus(), []);
  const minePart = describeFactor(t, mine, register);
  const savedPart = saved ? describeFactor(t, toFields(saved), register) : null;
  return (
    <div className="conflict-panel">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('factors.conflict.heading')}
      </h3>
      <p>
        {saved
          ? t('factors.conflict.text', {
              who: saved.updatedBy,
              when: formatDateTime(saved.updatedAt),
            })
          : t('factors.conflict.textUnknown')}
      </p>
      {savedPart && (
        <ConflictTable
          caption={t('factors.conflict.caption')}
          columns={{
            field: t('factors.conflict.colField'),
            mine: t('factors.conflict.colMine'),
            saved: t('factors.conflict.colSaved'),
          }}
          rows={PARTS.map((part) => ({
            label: t(LABELS[part]),
            mine: minePart[part],
            saved: savedPart[part],
          }))}
        />
      )}
      <p className="actions">
        <button type="button" className="button-secondary" onClick={onUseSaved}>
          {t('factors.conflict.useSaved')}
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          {t('factors.conflict.keepMine')}
        </button>
      </p>
    </div>
  );
}
