import { useTranslation } from 'react-i18next';
import { FilterBar, Select } from '../components/filters';
import { listBoards, type BenefitFilter } from './register';
import type { BenefitRegisterData } from './types';

const PHASES = ['identifiera', 'specificera', 'planera', 'realisera', 'folja-upp'] as const;

/** Board, unit and phase; a unit outside the chosen board is not offered. */
export function BenefitsFilters({
  register,
  filter,
  onChange,
}: {
  register: BenefitRegisterData;
  filter: BenefitFilter;
  onChange: (patch: Partial<BenefitFilter>) => void;
}) {
  const { t } = useTranslation();
  const all = { value: '', label: t('benefits.filter.all') };
  const units = register.units.filter(
    (u) =>
      register.benefits.some((b) => b.unit.slug === u.slug) &&
      (!filter.board || u.board === filter.board),
  );
  return (
    <FilterBar hint={false}>
      <Select
        label={t('benefits.filter.board')}
        value={filter.board}
        options={[all, ...listBoards(register.benefits).map((b) => ({ value: b, label: b }))]}
        onChange={(board) => onChange({ board, unit: '' })}
      />
      <Select
        label={t('benefits.filter.unit')}
        value={filter.unit}
        options={[all, ...units.map((u) => ({ value: u.slug, label: u.name }))]}
        onChange={(unit) => onChange({ unit })}
      />
      <Select
        label={t('benefits.filter.phase')}
        value={filter.phase}
        options={[all, ...PHASES.map((p) => ({ value: p, label: t(`benefits.phase.${p}`) }))]}
        onChange={(phase) => onChange({ phase })}
      />
    </FilterBar>
  );
}
