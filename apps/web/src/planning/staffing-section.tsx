import type { CompetenceArea } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { nameArea } from '../capacity/field-labels';
import type { ScenarioComparisonData } from '../api-types';
import { ScrollTable } from '../components/scroll-table';
import { formatFte, formatList } from '../format';

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
  const caption = t('planning.staffing.tableCaption');
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('planning.staffing.heading')}</h2>
      <p className="section-intro">
        {t('planning.staffing.intro', { fte: formatFte(data.planningFte) })}
      </p>
      <ScrollTable label={caption}>
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.staffing.colScenario')}</th>
              <th scope="col">{t('planning.staffing.colYear')}</th>
              <th scope="col">{t('planning.staffing.colDemand')}</th>
              <th scope="col">{t('planning.staffing.colPlanning')}</th>
              <th scope="col">{t('planning.staffing.colShort')}</th>
              <th scope="col">{t('planning.staffing.colVerdict')}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
