import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../components/form-field';
import { fieldId } from './capacity-values';
import { listLevelOptions } from './field-labels';
import type { SectionProps } from './section-props';
import type { CapabilityData } from './types';

interface RequirementsSectionProps extends SectionProps {
  capabilities: readonly CapabilityData[];
  /** Tells the live region what the area helper did: the change is out of sight for many. */
  onAnnounce: (message: string) => void;
}

function groupByArea(capabilities: readonly CapabilityData[]) {
  const groups = new Map<string, CapabilityData[]>();
  for (const c of capabilities) groups.set(c.areaName, [...(groups.get(c.areaName) ?? []), c]);
  return [...groups].map(([areaName, items]) => ({ areaName, items }));
}

export function RequirementsSection({
  capabilities,
  onAnnounce,
  ...section
}: RequirementsSectionProps) {
  const { t } = useTranslation();
  return (
    <section className="capacity-section" aria-labelledby="capacity-requirements-heading">
      <h2 id="capacity-requirements-heading">{t('capacity.requirements.heading')}</h2>
      <p>{t('capacity.requirements.text')}</p>
      {groupByArea(capabilities).map((group) => (
        <AreaRequirements key={group.areaName} {...group} {...section} onAnnounce={onAnnounce} />
      ))}
    </section>
  );
}

function AreaRequirements({
  areaName,
  items,
  values,
  errors,
  onChange,
  onAnnounce,
}: SectionProps & { areaName: string; items: CapabilityData[]; onAnnounce: (m: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const helperId = useId();
  const [sameLevel, setSameLevel] = useState('');
  const levels = listLevelOptions(t, t('capacity.requirements.none'));

  function applyToArea() {
    if (sameLevel === '') return;
    for (const item of items) {
      onChange(`requirement.${item.code}`, (v) => ({
        ...v,
        requirements: { ...v.requirements, [item.code]: sameLevel },
      }));
    }
    onAnnounce(t('capacity.requirements.applied', { area: areaName, level: sameLevel }));
  }

  return (
    <div className="requirements-area" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{areaName}</h3>
      <div className="requirements-helper">
        <SelectField
          id={helperId}
          label={t('capacity.requirements.sameForArea', { area: areaName })}
          options={listLevelOptions(t, t('capacity.requirements.choose'))}
          value={sameLevel}
          onChange={(e) => setSameLevel(e.target.value)}
        />
        <button
          type="button"
          className="button-secondary"
          aria-disabled={sameLevel === '' || undefined}
          onClick={applyToArea}
        >
          {t('capacity.requirements.apply', { area: areaName })}
        </button>
      </div>
      <div className="requirements-grid">
        {items.map((item) => {
          const key = `requirement.${item.code}` as const;
          const error = errors[key];
          return (
            <SelectField
              key={item.code}
              id={fieldId(key)}
              label={item.name}
              error={error && t(`capacity.errors.${error}`)}
              options={levels}
              value={values.requirements[item.code] ?? ''}
              onChange={(e) => {
                const level = e.target.value;
                onChange(key, (v) => ({
                  ...v,
                  requirements: { ...v.requirements, [item.code]: level },
                }));
              }}
            />
          );
        })}
      </div>
    </div>
  );
}
