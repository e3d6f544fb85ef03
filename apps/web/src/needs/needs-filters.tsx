import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar, Select } from '../components/filters';
import { NEED_STATUSES, type NeedsSearch } from '../search';
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
  const [text, setText] = useState(search.sok ?? '');
  const [appliedText, setAppliedText] = useState(search.sok);
  if (appliedText !== search.sok) {
    // The URL changed from elsewhere (back button, a link): the field follows it.
    setAppliedText(search.sok);
    setText(search.sok ?? '');
  }
  const ids = { text: useId(), hint: useId() };
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
      <div className="field field-text">
        <label htmlFor={ids.text}>{t('needs.filters.text')}</label>
        <span id={ids.hint} className="field-hint">
          {t('needs.filters.textHint')}
        </span>
        <span className="field-with-button">
          <input
            id={ids.text}
            type="search"
            value={text}
            maxLength={200}
            autoComplete="off"
            aria-describedby={ids.hint}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="button">
            {t('needs.filters.apply')}
          </button>
        </span>
      </div>
    </FilterBar>
  );
}
