import { useTranslation } from 'react-i18next';
import type { ScenarioComparisonData } from '../api-types';
import { ScrollTable } from '../components/scroll-table';
import { formatLevel } from '../format';
import { GroupedBars } from './lazy-planning-charts';

/** Each area's median level today and at the end of the horizon in every scenario. */
export function MaturitySection({
  data,
  headingId,
}: {
  data: ScenarioComparisonData;
  headingId: string;
}) {
  const { t } = useTranslation();
  const { horizon } = data;
  const levelAt = (levels: { year: number; level: number | null }[], year: number) =>
    levels.find((l) => l.year === year)?.level ?? null;
  const rows = data.areas.map((area) => {
    const row: Record<string, string | number | null> = { area: area.name };
    const first = data.scenarios[0]?.outcome.maturity.areas.find((a) => a.areaCode === area.code);
    row.today = first?.today ?? null;
    for (const s of data.scenarios) {
      const projected = s.outcome.maturity.areas.find((a) => a.areaCode === area.code);
      row[s.scenario.code] = projected ? levelAt(projected.levels, horizon.to) : null;
    }
    return row;
  });
  const series = [
    { key: 'today', name: t('planning.maturity.today', { round: data.baselineRound ?? '–' }) },
    ...data.scenarios.map((s) => ({
      key: s.scenario.code,
      name: t('planning.maturity.projected', { name: s.scenario.name, year: horizon.to }),
    })),
  ];
  const lifted = data.scenarios.map((s) => ({
    name: s.scenario.name,
    count: rows.filter((r) => {
      const to = r[s.scenario.code];
      return typeof to === 'number' && typeof r.today === 'number' && to > r.today;
    }).length,
  }));
  const caption = t('planning.maturity.tableCaption', { from: horizon.from, to: horizon.to });
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('planning.maturity.heading')}</h2>
      <p className="section-intro">
        {t('planning.maturity.intro', { round: data.baselineRound ?? '–' })}
      </p>
      <p className="chart-summary">
        {lifted
          .map((l) =>
            t('planning.maturity.summary', { name: l.name, count: l.count, total: rows.length }),
          )
          .join(' ')}
      </p>
      <GroupedBars
        rows={rows}
        categoryKey="area"
        series={series}
        kind="level"
        label={t('planning.maturity.chartLabel', { to: horizon.to })}
      />
      <ScrollTable label={caption}>
        <table className="data-table numeric-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.maturity.colArea')}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={String(r.area)}>
                <th scope="row">{r.area}</th>
                {series.map((s) => (
                  <td key={s.key}>{formatLevel(r[s.key] as number | null)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
