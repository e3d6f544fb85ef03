import { useTranslation } from 'react-i18next';
import { FilterBar, Select } from '../components/filters';
import type { FactorFilter } from './describe';

const KINDS = ['risk', 'success'] as const;
const STATUSES = ['open', 'mitigating', 'closed'] as const;

/** Kind and status: the register narrows as soon as either changes. */
export function FactorsFilters({
  filter,
  onChange,
}: {
  filter: FactorFilter;
  onChange: (filter: FactorFilter) => void;
}) {
  const { t } = useTranslation();
  const all = { value: '', label: t('factors.filters.all') };
  return (
    <FilterBar>
      <Select
        label={t('factors.filters.kind')}
        value={filter.kind}
        options={[all, ...KINDS.map((k) => ({ value: k, label: t(`factors.kind.${k}`) }))]}
        onChange={(v) => onChange({ ...filter, kind: KINDS.find((k) => k === v) ?? '' })}
      />
      <Select
        label={t('factors.filters.status')}
        value={filter.status}
        options={[all, ...STATUSES.map((s) => ({ value: s, label: t(`factors.status.${s}`) }))]}
        onChange={(v) => onChange({ ...filter, status: STATUSES.find((s) => s === v) ?? '' })}
      />
    </FilterBar>
  );
}
