import type { TFunction } from 'i18next';
import type { CompetenceArea } from '@lagesbild/domain';
import { LEVELS } from './areas';
import type { FieldKey } from './capacity-values';
import type { CapabilityData } from './types';

export function nameArea(t: TFunction, area: CompetenceArea): string {
  return t(`capacity.area.${area}`);
}

/** The level choices, "1 – Initial" … "5 – Optimerad", after the empty one the caller names. */
export function listLevelOptions(t: TFunction, empty: string) {
  return [
    { value: '', label: empty },
    ...LEVELS.map((level) => ({
      value: String(level),
      label: t('capacity.level', { level, name: t(`capacity.levelNames.${level}`) }),
    })),
  ];
}

/** What an input is called where it is read out of context: in the error summary. */
export function labelField(
  t: TFunction,
  key: FieldKey,
  capabilities: readonly CapabilityData[],
): string {
  const [kind, first = '', second = ''] = key.split('.');
  const area = first as CompetenceArea;
  switch (kind) {
    case 'competence':
      return second === 'level'
        ? t('capacity.competence.levelLabel', { area: nameArea(t, area) })
        : t('capacity.competence.fteLabel', { area: nameArea(t, area) });
    case 'demand':
      return t('capacity.demand.cellLabel', { area: nameArea(t, area), year: second });
    case 'requirement':
      return capabilities.find((c) => c.code === first)?.name ?? first;
    default:
      return t('capacity.planning.label');
  }
}
