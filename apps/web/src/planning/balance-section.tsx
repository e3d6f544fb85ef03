import { COMPETENCE_AREAS } from '@lagesbild/domain';
import type { CompetenceArea } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { nameArea } from '../capacity/field-labels';
import type { CapacityBalanceData } from '../api-types';
import { ScrollTable } from '../components/scroll-table';
import { formatFte } from '../format';
import { describeBalance } from './describe';
import { GroupedBars } from './lazy-planning-charts';

/** Supply against demand per competence area and year; shortfalls named. */
export function BalanceSection({
  data,
  scenarioName,
  headingId,
}: {
  data: CapacityBalanceData;
  scenarioName: string | null;
  headingId: string;
}) {
  const { t } = useTranslation();
  const areaName = (code: CompetenceArea) => nameArea(t, code);
  const years = [...new Set(data.cells.map((c) => c.year))];
  const first = years[0];
  const cell = (area: string, year: number) =>
    data.cells.find((c) => c.area === area && c.year === year)!;
  const chartRows = COMPETENCE_AREAS.map((area) => {
    const c = cell(area, first!);
    return {
      area: areaName(area),
      supply: c.supplyFte,
      demand: Math.round((c.unitDemandFte + c.investmentFte) * 100) / 100,
    };
  });
  const caption = t('planning.balance.tableCaption');
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('planning.balance.heading')}</h2>
      <p className="section-intro">
        {data.baselineRound
          ? t('planning.balance.basis', {
              round: data.baselineRound,
              reported: data.reports.length,
              total: data.units.length,
            })
          : t('planning.balance.noBasis')}{' '}
        {scenarioName
          ? t('planning.balance.introScenario', { name: scenarioName })
          : t('planning.balance.introUnits')}
      </p>
      <p className="chart-summary">{describeBalance(t, data, areaName)}</p>
      {first !== undefined && (
        <GroupedBars
          rows={chartRows}
          categoryKey="area"
          kind="fte"
          series={[
            { key: 'supply', name: t('planning.balance.supply') },
            { key: 'demand', name: t('planning.balance.demand') },
          ]}
          label={t('planning.balance.chartLabel', { year: first })}
        />
      )}
      <ScrollTable label={caption}>
        <table className="data-table numeric-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.balance.colArea')}</th>
              <th scope="col">{t('planning.balance.colYear')}</th>
              <th scope="col">{t('planning.balance.supply')}</th>
              <th scope="col">{t('planning.balance.unitDemand')}</th>
              <th scope="col">{t('planning.balance.investment')}</th>
              <th scope="col">{t('planning.balance.balance')}</th>
            </tr>
          </thead>
          <tbody>
            {COMPETENCE_AREAS.flatMap((area) =>
              years.map((year) => {
                const c = cell(area, year);
                return (
                  <tr key={`${area}-${year}`} data-area={area} data-year={year}>
                    <th scope="row">{areaName(area)}</th>
                    <td>{year}</td>
                    <td>{formatFte(c.supplyFte)}</td>
                    <td>{formatFte(c.unitDemandFte)}</td>
                    <td>{formatFte(c.investmentFte)}</td>
                    <td className={c.shortfallFte > 0 ? 'balance-short' : undefined}>
                      {formatFte(c.balanceFte)}
                      {c.shortfallFte > 0 && ` (${t('planning.balance.short')})`}
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
