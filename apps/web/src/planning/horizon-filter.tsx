import { useTranslation } from 'react-i18next';
import { FilterBar, Select } from '../components/filters';
import { HORIZON_YEARS } from './horizon';

/** From and to year of the horizon; each change goes to the URL, so a link shows the same view. */
export function HorizonFilter({
  horizon,
  onChange,
  children,
}: {
  horizon: { from: number; to: number };
  onChange: (change: { fran?: number; till?: number }) => void;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const options = HORIZON_YEARS.map((y) => ({ value: String(y), label: String(y) }));
  return (
    <FilterBar>
      <Select
        label={t('planning.filters.from')}
        value={String(horizon.from)}
        options={options}
        onChange={(v) => onChange({ fran: Number(v) })}
      />
      <Select
        label={t('planning.filters.to')}
        value={String(horizon.to)}
        options={options}
        onChange={(v) => onChange({ till: Number(v) })}
      />
      {children}
    </FilterBar>
  );
}
