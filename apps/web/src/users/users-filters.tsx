import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar, Select } from '../components/filters';
import { USER_ROLES, type UsersSearch } from '../search';

/** Role applies at once; the text applies on Enter or "Filtrera", like the audit log's "Vem". */
export function UsersFilters({
  search,
  onChange,
}: {
  search: UsersSearch;
  onChange: (change: Partial<UsersSearch>) => void;
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
      hintText={t('users.filterHint')}
      onSubmit={() => onChange({ sok: text.trim() || undefined })}
    >
      <div className="field field-text">
        <label htmlFor={ids.text}>{t('users.filterText')}</label>
        <span id={ids.hint} className="field-hint">
          {t('users.filterTextHint')}
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
            {t('users.apply')}
          </button>
        </span>
      </div>
      <Select
        label={t('users.filterRole')}
        value={search.roll ?? ''}
        options={[
          { value: '', label: t('users.allRoles') },
          ...USER_ROLES.map((r) => ({ value: r, label: t(`auth.role.${r}`) })),
        ]}
        onChange={(v) => onChange({ roll: USER_ROLES.find((r) => r === v) })}
      />
    </FilterBar>
  );
}
