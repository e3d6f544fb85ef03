import { useTranslation } from 'react-i18next';
import type { ScenarioOutcomeData } from '../api-types';
import type { NeedRegisterData } from '../needs/types';
import { DataTable } from '../components/data-table';
import { buildTimeline } from './timeline-rows';
import { Section } from '../components/section';

/** A Gantt chart as a table: a row per need, a cell per year with its phase written out. */
export function TimelineTable({
  outcome,
  register,
  horizon,
}: {
  outcome: ScenarioOutcomeData;
  register: NeedRegisterData['needs'];
  horizon: { from: number; to: number };
}) {
  const { t } = useTranslation();
  const rows = buildTimeline(outcome, register, horizon);
  const years = rows[0]?.phases.map((p) => p.year) ?? [];
  const last = Math.max(...rows.map((r) => r.completionYear));
  const caption = t('planning.timeline.caption', { name: outcome.name });
  return (
    <Section headingId="timeline-heading" heading={caption}>
      <p className="chart-summary">
        {rows.length
          ? t('planning.timeline.summary', {
              count: rows.length,
              first: rows[0]!.startYear,
              last,
              issues: outcome.dependencyIssues.length,
            })
          : t('planning.timeline.empty')}
      </p>
      <DataTable
        columns={[
          t('planning.timeline.colNeed'),
          t('planning.timeline.colYears'),
          t('planning.timeline.colDependsOn'),
          ...years.map(String),
        ]}
        caption={caption}
        captionClassName="visually-hidden"
        className="timeline-table"
      >
        {rows.map((r) => {
          const flagged = r.dependsOn.some((d) => d.issue !== null);
          return (
            <tr key={r.needCode} data-need={r.needCode}>
              <th scope="row">{r.title}</th>
              <td className="nowrap">
                {r.startYear === r.completionYear
                  ? r.startYear
                  : `${r.startYear}\u2013${r.completionYear}`}
              </td>
              <td>
                {r.dependsOn.length === 0
                  ? '–'
                  : r.dependsOn.map((d) => (
                      <span key={d.code} className="dependency">
                        {d.title}
                        {d.issue && (
                          <strong className="text-warning">
                            {' '}
                            {t(`planning.timeline.issue.${d.issue}`)}
                          </strong>
                        )}
                        <br />
                      </span>
                    ))}
              </td>
              {r.phases.map((p) => (
                <td
                  key={p.year}
                  className={[
                    'phase',
                    p.phase ? `phase-${p.phase}` : '',
                    flagged && p.year === r.startYear ? 'is-flagged' : '',
                  ].join(' ')}
                >
                  {p.phase ? t(`planning.timeline.phase.${p.phase}`) : ''}
                </td>
              ))}
            </tr>
          );
        })}
      </DataTable>
    </Section>
  );
}
