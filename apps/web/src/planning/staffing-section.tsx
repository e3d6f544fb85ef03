import type { CompetenceArea } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { nameArea } from '../capacity/field-labels';
import type { ScenarioComparisonData } from '../api-types';
import { DataTable } from '../components/data-table';
import { formatFte, formatList } from '../format';
import { Section } from '../components/section';

/** Whether there are people enough: FTE the needs ask for against what is free, per year. */
export function StaffingSection({
  data,
  headingId,
}: {
  data: ScenarioComparisonData;
  headingId: string;
}) {
  const { t } = useTranslation();
  const areaName = (code: CompetenceArea) => nameArea(t, code);
  return (
    <Section headingId={headingId} heading={t('planning.staffing.heading')}>
      <p className="section-intro">
        {t('planning.staffing.intro', { fte: formatFte(data.planningFte) })}
      </p>
      <DataTable
        columns={[
          t('planning.staffing.colScenario'),
          t('planning.staffing.colYear'),
          t('planning.staffing.colDemand'),
          t('planning.staffing.colPlanning'),
          t('planning.staffing.colShort'),
          t('planning.staffing.colVerdict'),
        ]}
        caption={t('planning.staffing.tableCaption')}
      >
        {data.scenarios.flatMap((s) =>
          s.outcome.staffing.map((y) => (
            <tr key={`${s.scenario.code}-${y.year}`}>
              <th scope="row">{s.scenario.name}</th>
              <td>{y.year}</td>
              <td className="numeric">{formatFte(y.demandFte)}</td>
              <td className="numeric">{formatFte(y.planningFte)}</td>
              <td>
                {y.shortAreas.length
                  ? formatList(
                      y.shortAreas.map((a) =>
                        t('planning.staffing.shortArea', {
                          area: areaName(a.area),
                          demand: formatFte(a.demandFte),
                          available: formatFte(a.availableFte),
                        }),
                      ),
                    )
                  : '–'}
              </td>
              <td>
                {y.feasible ? (
                  t('planning.staffing.feasible')
                ) : (
                  <strong className="text-warning">
                    {y.overPlanning
                      ? t('planning.staffing.overPlanning')
                      : t('planning.staffing.infeasible')}
                  </strong>
                )}
              </td>
            </tr>
          )),
        )}
      </DataTable>
    </Section>
  );
}
