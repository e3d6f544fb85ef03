import { useTranslation } from 'react-i18next';
import type { ScenarioComparisonData } from '../api-types';
import { ScrollTable } from '../components/scroll-table';
import { formatMnkr, formatTkr } from '../format-money';
import { describeEconomics } from './describe';
import { EconomicsChart } from './lazy-planning-charts';

/** Cost and net per year for every scenario: chart, sentence and the table behind them. */
export function EconomicsSection({
  data,
  headingId,
}: {
  data: ScenarioComparisonData;
  headingId: string;
}) {
  const { t } = useTranslation();
  const outcomes = data.scenarios.map((s) => s.outcome);
  const years = outcomes[0]?.years.map((y) => y.year) ?? [];
  const rows = years.map((year) => {
    const row: Record<string, number> = { year };
    for (const o of outcomes) {
      const y = o.years.find((v) => v.year === year)!;
      row[`cost:${o.code}`] = y.investmentTkr + y.operatingTkr;
      row[`cumulative:${o.code}`] = y.cumulativeNetTkr;
    }
    return row as { year: number } & Record<string, number>;
  });
  const frames = new Set(data.frame.filter((f) => years.includes(f.year)).map((f) => f.tkr));
  // One frame for every year draws as a line; a frame that changes is in the table only.
  const frame = frames.size === 1 ? [...frames][0]! : null;
  const caption = t('planning.economics.tableCaption');
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('planning.economics.heading')}</h2>
      <p className="section-intro">{t('planning.economics.intro')}</p>
      <p className="chart-summary">{describeEconomics(t, outcomes)}</p>
      <EconomicsChart
        rows={rows}
        scenarios={outcomes.map((o) => ({ code: o.code, name: o.name }))}
        label={t('planning.economics.chartLabel', {
          from: data.horizon.from,
          to: data.horizon.to,
        })}
        costLabel={(name) => t('planning.economics.cost', { name })}
        cumulativeLabel={(name) => t('planning.economics.cumulative', { name })}
        frame={frame}
        frameLabel={t('planning.economics.frame', { value: formatMnkr(frame) })}
      />
      <ScrollTable label={caption}>
        <table className="data-table numeric-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.economics.colScenario')}</th>
              <th scope="col">{t('planning.economics.colYear')}</th>
              <th scope="col">{t('planning.economics.colInvestment')}</th>
              <th scope="col">{t('planning.economics.colOperating')}</th>
              <th scope="col">{t('planning.economics.colBenefit')}</th>
              <th scope="col">{t('planning.economics.colNet')}</th>
              <th scope="col">{t('planning.economics.colCumulative')}</th>
              <th scope="col">{t('planning.economics.colFrame')}</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.flatMap((o) =>
              o.years.map((y) => (
                <tr key={`${o.code}-${y.year}`} data-scenario={o.code} data-year={y.year}>
                  <th scope="row">{o.name}</th>
                  <td>{y.year}</td>
                  <td>{formatTkr(y.investmentTkr)}</td>
                  <td>{formatTkr(y.operatingTkr)}</td>
                  <td>{formatTkr(y.benefitTkr)}</td>
                  <td>{formatTkr(y.netTkr)}</td>
                  <td>{formatTkr(y.cumulativeNetTkr)}</td>
                  <td>
                    {formatTkr(y.frameTkr)}
                    {y.overFrame && (
                      <span className="tag is-warning">{t('planning.economics.over')}</span>
                    )}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
