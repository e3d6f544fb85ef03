import type { TFunction } from 'i18next';
import type { ConflictRow } from '../components/conflict-table';
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

/** The scenario as edited beside the one saved first; null when it could not be read again. */
export function describeScenarioConflict(
  t: TFunction,
  mine: ScenarioData,
  saved: ScenarioEntry | null,
  needs: readonly NeedData[],
): ConflictRow[] | null {
  if (!saved) return null;
  const a = describeScenario(mine, needs);
  const b = describeScenario(saved.scenario, needs);
  return (['name', 'description', 'needs', 'leftOut'] as const).map((part) => ({
    label: t(`scenarioEdit.conflict.${part}`),
    mine: a[part],
    saved: b[part],
  }));
}
