import { NEED_STATUSES } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { FilterBar, Select, TextFilter, useFilterText } from '../components/filters';
import { type NeedsSearch } from '../search';
import type { UnitOption } from './types';

/** Status and unit apply at once; the text applies on Enter or "Filtrera", like the users page. */
export function NeedsFilters({
  search,
  units,
  onChange,
}: {
  search: NeedsSearch;
  units: readonly UnitOption[];
  onChange: (change: Partial<NeedsSearch>) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useFilterText(search.sok);
  return (
    <FilterBar
      hintText={t('needs.filters.hint')}
      onSubmit={() => onChange({ sok: text.trim() || undefined })}
    >
      <Select
        label={t('needs.filters.status')}
        value={search.status ?? ''}
        options={[
          { value: '', label: t('needs.filters.allStatuses') },
          ...NEED_STATUSES.map((s) => ({ value: s, label: t(`needs.status.${s}`) })),
        ]}
        onChange={(v) => onChange({ status: NEED_STATUSES.find((s) => s === v) })}
      />
      <Select
        label={t('needs.filters.unit')}
        value={search.enhet ?? ''}
        options={[
          { value: '', label: t('needs.filters.allUnits') },
          ...units.map((u) => ({ value: u.slug, label: u.name })),
        ]}
        onChange={(v) => onChange({ enhet: v || undefined })}
      />
      <TextFilter
        label={t('needs.filters.text')}
        hint={t('needs.filters.textHint')}
        button={t('needs.filters.apply')}
        value={text}
        onChange={setText}
      />
    </FilterBar>
  );
}
