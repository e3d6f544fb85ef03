import type { CriticalFactorFields } from '@lagesbild/domain';
import type { TFunction } from 'i18next';
import type { ConflictRow } from '../components/conflict-table';
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
  return PARTS.map((part) => ({
    label: t(LABELS[part]),
    mine: minePart[part],
    saved: savedPart[part],
  }));
}
