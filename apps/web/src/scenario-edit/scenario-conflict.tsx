import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictTable } from '../components/conflict-table';
import { formatDateTime } from '../format';
import type { NeedData } from '../needs/types';
import type { ScenarioData, ScenarioEntry } from './types';

/** The parts a conflict compares; one need per line (the cells keep the line breaks). */
function describeScenario(s: ScenarioData, needs: readonly NeedData[]) {
  const title = (code: string) => needs.find((n) => n.code === code)?.title ?? code;
  return {
    name: s.name,
    description: s.description || '–',
    needs:
      s.needs
        .map((n) => `${title(n.needCode)} (${n.startYear})`)
        .sort()
        .join('\n') || '–',
    leftOut:
      s.leftOut
        .map((l) => `${title(l.needCode)}: ${l.reason}`)
        .sort()
        .join('\n') || '–',
  };
}

/** Someone saved the scenario first: both versions side by side, and the choice of which stands. */
export function ScenarioConflict({
  mine,
  saved,
  needs,
  onUseSaved,
  onKeepMine,
}: {
  mine: ScenarioData;
  saved: ScenarioEntry | null;
  needs: readonly NeedData[];
  onUseSaved: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The save button is gone behind this choice: start reading at the panel's heading.
  useEffect(() => headingRef.current?.focus(), []);
  const a = describeScenario(mine, needs);
  const b = saved ? describeScenario(saved.scenario, needs) : null;
  return (
    <div className="conflict-panel">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('scenarioEdit.conflict.heading')}
      </h2>
      <p>
        {saved
          ? t('scenarioEdit.conflict.text', {
              who: saved.updatedBy,
              when: formatDateTime(saved.updatedAt),
            })
          : t('scenarioEdit.conflict.textUnknown')}
      </p>
      {b && (
        <ConflictTable
          caption={t('scenarioEdit.conflict.caption')}
          columns={{
            field: t('needs.conflict.colField'),
            mine: t('needs.conflict.colMine'),
            saved: t('needs.conflict.colSaved'),
          }}
          rows={(['name', 'description', 'needs', 'leftOut'] as const).map((part) => ({
            label: t(`scenarioEdit.conflict.${part}`),
            mine: a[part],
            saved: b[part],
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
