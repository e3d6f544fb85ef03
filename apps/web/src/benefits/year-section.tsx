import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartBox } from '../components/chart-box';
import { DataTable } from '../components/data-table';
import { formatInteger } from '../format';
import { toPercent } from './register';
import type { BenefitRegisterData } from './types';

// Recharts loads in its own chunk, after the text and the table.
const YearChart = lazy(() => import('./year-chart').then((m) => ({ default: m.YearChart })));

/** Planned against realised per target year: a sentence, a chart and the table behind it. */
export function YearSection({ register }: { register: BenefitRegisterData }) {
  const { t } = useTranslation();
  const past = register.byYear.filter((y) => y.year <= Number(register.asOf.today.slice(0, 4)));
  const planned = past.reduce((s, y) => s + y.planned, 0);
  const realised = past.reduce((s, y) => s + y.realised, 0);
  return (
    <section aria-labelledby="benefits-year-heading">
      <h2 id="benefits-year-heading">{t('benefits.byYear.heading')}</h2>
      <p>{t('benefits.byYear.intro')}</p>
      <p className="chart-summary">
        {t('benefits.byYear.summary', { year: register.asOf.today.slice(0, 4), planned, realised })}
      </p>
      <ChartBox height={240}>
        <YearChart years={register.byYear} label={t('benefits.byYear.chartLabel')} />
      </ChartBox>
      <details className="table-disclosure">
        <summary>{t('benefits.showTable')}</summary>
        <DataTable
          columns={[
            t('benefits.byYear.colYear'),
            t('benefits.byYear.colPlanned'),
            t('benefits.cols.measured'),
            t('benefits.byYear.colRealised'),
            t('benefits.cols.mean'),
          ]}
          caption={t('benefits.byYear.caption')}
          className="numeric-table"
        >
          {register.byYear.map((y) => (
            <tr key={y.year}>
              <th scope="row">{formatInteger(y.year)}</th>
              <td>{formatInteger(y.planned)}</td>
              <td>{formatInteger(y.measured)}</td>
              <td>{formatInteger(y.realised)}</td>
              <td>
                {y.meanRate === null
                  ? t('benefits.notMeasured')
                  : t('benefits.percent', { value: toPercent(y.meanRate) })}
              </td>
            </tr>
          ))}
        </DataTable>
      </details>
    </section>
  );
}
