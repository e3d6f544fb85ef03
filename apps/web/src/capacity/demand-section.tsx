import { COMPETENCE_AREAS } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../components/scroll-table';
import { CellInput } from '../components/cell-field';
import { fieldId } from './capacity-values';
import { nameArea } from './field-labels';
import { formatFte } from '../forms/format-fte';
import type { SectionProps } from './section-props';

/** Areas × years of FTE asked of ITD: a real table, so each cell is read with its area and year. */
export function DemandSection({
  values,
  errors,
  onChange,
  years,
  totals,
}: SectionProps & { years: readonly number[]; totals: Record<number, number> }) {
  const { t } = useTranslation();
  return (
    <section className="capacity-section" aria-labelledby="capacity-demand-heading">
      <h2 id="capacity-demand-heading">{t('capacity.demand.heading')}</h2>
      <p>{t('capacity.demand.text')}</p>
      <ScrollTable label={t('capacity.demand.caption')}>
        <table className="data-table capacity-table demand-table">
          <caption className="visually-hidden">{t('capacity.demand.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('capacity.demand.area')}</th>
              {years.map((year) => (
                <th key={year} scope="col">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {COMPETENCE_AREAS.map((area) => (
              <tr key={area}>
                <th scope="row">{nameArea(t, area)}</th>
                {years.map((year) => {
                  const key = `demand.${area}.${year}` as const;
                  const cell = `${area}.${year}`;
                  const error = errors[key];
                  return (
                    <td key={year}>
                      <CellInput
                        id={fieldId(key)}
                        label={t('capacity.demand.cellLabel', { area: nameArea(t, area), year })}
                        error={error && t(`capacity.errors.${error}`)}
                        className="fte-input"
                        inputMode="decimal"
                        autoComplete="off"
                        value={values.demand[cell] ?? ''}
                        onChange={(e) => {
                          const text = e.target.value;
                          onChange(key, (v) => ({ ...v, demand: { ...v.demand, [cell]: text } }));
                        }}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('capacity.demand.total')}</th>
              {years.map((year) => (
                <td key={year} className="num">
                  {formatFte(totals[year] ?? 0)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </ScrollTable>
    </section>
  );
}
