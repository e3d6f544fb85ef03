import { useTranslation } from 'react-i18next';
import { FilterBar, Select, TextFilter, useFilterText } from '../components/filters';
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
  const [text, setText] = useFilterText(search.sok);

  return (
    <FilterBar
      hintText={t('users.filterHint')}
      onSubmit={() => onChange({ sok: text.trim() || undefined })}
    >
      <TextFilter
        label={t('users.filterText')}
        hint={t('users.filterTextHint')}
        button={t('users.apply')}
        value={text}
        onChange={setText}
      />
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
