import { useTranslation } from 'react-i18next';
import { AsOf } from '../components/as-of';
import { FilterBar, Select } from '../components/filters';
import { listHorizonYears } from './horizon';

/**
 * From and to year of the horizon; each change goes to the URL, so a link shows the same view. The default
 * starts at the organisation's current year, so the filter says which day that year was taken from.
 */
export function HorizonFilter({
  horizon,
  asOf,
  onChange,
  children,
}: {
  horizon: { from: number; to: number };
  asOf: { today: string; fixed: boolean };
  onChange: (change: { fran?: number; till?: number }) => void;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const options = listHorizonYears(horizon, asOf.today).map((y) => ({
    value: String(y),
    label: String(y),
  }));
  return (
    <>
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
      <p className="filter-note">
        {t('planning.filters.defaultHorizon')} <AsOf day={asOf} />
      </p>
    </>
  );
}
