import { COMPETENCE_AREAS } from '@lagesbild/domain';
import type { CompetenceArea } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { nameArea } from '../capacity/field-labels';
import type { CapacityBalanceData } from '../api-types';
import { DataTable } from '../components/data-table';
import { Section } from '../components/section';
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
  return (
    <Section headingId={headingId} heading={t('planning.balance.heading')}>
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
      <DataTable
        columns={[
          t('planning.balance.colArea'),
          t('planning.balance.colYear'),
          t('planning.balance.supply'),
          t('planning.balance.unitDemand'),
          t('planning.balance.investment'),
          t('planning.balance.balance'),
        ]}
        caption={t('planning.balance.tableCaption')}
        className="numeric-table"
      >
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
      </DataTable>
    </Section>
  );
}
