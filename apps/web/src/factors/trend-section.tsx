import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartBox } from '../components/chart-box';
import { DataTable } from '../components/data-table';
import { buildTrendRows, summariseTrend, type RankedFactor } from './describe';
import { Section } from '../components/section';

// Recharts loads in its own chunk, after the page's text and tables.
const FactorTrendChart = lazy(() =>
  import('./trend-chart').then((m) => ({ default: m.FactorTrendChart })),
);

/** The top factors' scores over the rounds: a sentence, a lazy chart and the same data as a table. */
export function TrendSection({
  top,
  rounds,
}: {
  top: readonly RankedFactor[];
  rounds: readonly { code: string }[];
}) {
  const { t } = useTranslation();
  const rows = buildTrendRows(top, rounds);
  const series = top.map(({ factor }) => ({ code: factor.code, title: factor.title }));
  const first = rounds[0]?.code ?? '';
  const last = rounds.at(-1)?.code ?? '';
  return (
    <Section headingId="factor-trend-heading" heading={t('factors.trend.heading')}>
      <p className="section-summary">{summariseTrend(t, top)}</p>
      <ChartBox height={300}>
        <FactorTrendChart
          rows={rows}
          series={series}
          label={t('factors.trend.label', { first, last })}
        />
      </ChartBox>
      <DataTable
        columns={[
          t('factors.trend.colRound'),
          ...series.map((s) => ({ label: s.title, className: 'num' })),
        ]}
        caption={t('factors.trend.tableCaption')}
        className="factor-trend-table"
      >
        {rows.map((row) => (
          <tr key={row.round}>
            <th scope="row">{row.round}</th>
            {series.map((s) => (
              <td key={s.code} className="num">
                {row.scores[s.code] ?? '–'}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
