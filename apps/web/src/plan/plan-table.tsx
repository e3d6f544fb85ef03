import {
  formatPlanText,
  formatPlanValue,
  isNumericUnit,
  type PlanLocale,
  type PlanTable,
} from '@lagesbild/domain';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartBox } from '../components/chart-box';
import { DataTable } from '../components/data-table';
import { buildTableChart } from './plan-helpers';

// Recharts loads in its own chunk, after the plan's text and tables.
const PlanChart = lazy(() => import('./plan-chart').then((m) => ({ default: m.PlanChart })));

/** One table of a chapter: the chart first when it has one, then the numbers as a table. */
export function PlanTableView({ table, lang }: { table: PlanTable; lang: PlanLocale }) {
  const { t } = useTranslation();
  const titleKey = table.key;
  const title = formatPlanText(lang, titleKey);
  const header = (column: string) => formatPlanText(lang, `${titleKey}.${column}`);
  const chart = table.chart ? buildTableChart(table) : null;
  return (
    <figure className="plan-table">
      {chart && <figcaption className="plan-table-title">{title}</figcaption>}
      {table.chart && chart && (
        <ChartBox height={280} className="chart plan-chart">
          <PlanChart
            kind={table.chart}
            chart={chart}
            names={Object.fromEntries(chart.series.map((s) => [s.key, header(s.key)]))}
            label={t('plan.edition.chartLabel', {
              kind: t(`plan.edition.chartKind.${table.chart}`),
              title,
            })}
          />
        </ChartBox>
      )}
      <DataTable
        caption={title}
        className={
          table.columns.length >= 6 ? 'plan-data-table plan-data-table-wide' : 'plan-data-table'
        }
        // Under a chart the figure's caption above already shows the title.
        captionClassName={chart ? 'visually-hidden' : undefined}
        columns={table.columns.map((c) => ({
          label: header(c.key),
          className: isNumericUnit(c.unit) ? 'num' : undefined,
        }))}
      >
        {table.rows.length === 0 && (
          <tr>
            <td colSpan={table.columns.length}>{t('plan.edition.emptyTable')}</td>
          </tr>
        )}
        {table.rows.map((row, r) => (
          <tr key={r}>
            {table.columns.map((c, i) => {
              const text = formatPlanValue(lang, row[i] ?? null, c.unit);
              return i === 0 ? (
                <th scope="row" key={c.key}>
                  {text}
                </th>
              ) : (
                <td key={c.key} className={isNumericUnit(c.unit) ? 'num' : undefined}>
                  {text}
                </td>
              );
            })}
          </tr>
        ))}
      </DataTable>
    </figure>
  );
}
