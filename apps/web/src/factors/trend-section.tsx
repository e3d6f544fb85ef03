import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../components/scroll-table';
import { buildTrendRows, summariseTrend, type RankedFactor } from './describe';

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
    <section aria-labelledby="factor-trend-heading" className="section">
      <h2 id="factor-trend-heading">{t('factors.trend.heading')}</h2>
      <p className="section-summary">{summariseTrend(t, top)}</p>
      <div className="chart">
        <Suspense
          fallback={
            <div className="chart-fallback" style={{ height: 300 }}>
              <span className="visually-hidden">{t('chart.loading')}</span>
            </div>
          }
        >
          <FactorTrendChart
            rows={rows}
            series={series}
            label={t('factors.trend.label', { first, last })}
          />
        </Suspense>
      </div>
      <ScrollTable label={t('factors.trend.tableCaption')}>
        <table className="data-table factor-trend-table">
          <caption>{t('factors.trend.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('factors.trend.colRound')}</th>
              {series.map((s) => (
                <th scope="col" key={s.code} className="num">
                  {s.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
