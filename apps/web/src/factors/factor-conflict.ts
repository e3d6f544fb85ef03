import type { CriticalFactorFields } from '@lagesbild/domain';
import type { TFunction } from 'i18next';
import type { ConflictRow } from '../components/conflict-table';
import { FIELD_LABELS, FIELD_ORDER, type FactorFieldKey } from './factor-values';
import type { FactorData, FactorRegisterData } from './types';

/** The table's labels: the form's, but the links read as the register names them. */
const LABELS = {
  ...FIELD_LABELS,
  capabilityCodes: 'factors.register.capabilities',
  needCodes: 'factors.register.needs',
} as const;

/** A factor's fields as the words the conflict table compares. */
function describeFactor(
  t: TFunction,
  f: CriticalFactorFields,
  register: FactorRegisterData,
): Record<FactorFieldKey, string> {
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
    capabilityCodes: f.capabilityCodes.map((c) => capability.get(c) ?? c).join(', ') || none,
    needCodes: f.needCodes.map((c) => need.get(c) ?? c).join(', ') || none,
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

/** The factor as entered beside the one saved first; null when it could not be read again. */
export function describeFactorConflict(
  t: TFunction,
  mine: CriticalFactorFields,
  saved: FactorData | null,
  register: FactorRegisterData,
): ConflictRow[] | null {
  if (!saved) return null;
  const minePart = describeFactor(t, mine, register);
  const savedPart = describeFactor(t, toFields(saved), register);
  return FIELD_ORDER.map((part) => ({
    label: t(LABELS[part]),
    mine: minePart[part],
    saved: savedPart[part],
  }));
}
