import type { UnitData as UnitView } from '../api-types';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatChange, formatLevel } from '../format';
import { ProfileLegend } from './chart-legend';
import { ProfileChart } from './lazy-charts';
import { MovementCell } from './rating-cells';
import { DataTable } from './data-table';
import { EmptyState } from './states';
import { Section } from './section';

function describeProfile(t: TFunction, view: UnitView): string {
  const diffs = view.areaProfile.map((a) => a.diff).filter((d): d is number => d !== null);
  if (diffs.length === 0) return '';
  return t('unit.profileSummary', {
    round: view.round,
    unit: view.unit.name,
    above: diffs.filter((d) => d > 0).length,
    below: diffs.filter((d) => d < 0).length,
    equal: diffs.filter((d) => d === 0).length,
  });
}

/** The unit against the city median in each area: summary, bar chart and the same numbers as a table. */
export function UnitProfile({ view, headingId }: { view: UnitView; headingId: string }) {
  const { t } = useTranslation();
  const { round, previousRound, unit } = view;
  const areaName = new Map(view.areas.map((a) => [a.code, a.name]));
  const summary = describeProfile(t, view);
  const rows = view.areaProfile.map((a) => ({
    area: areaName.get(a.areaCode) ?? a.areaCode,
    score: a.score,
    cityMedian: a.cityMedian,
  }));
  return (
    <Section headingId={headingId} heading={t('unit.profileHeading')}>
      {summary === '' ? (
        <EmptyState>{t('unit.profileEmpty', { round })}</EmptyState>
      ) : (
        <>
          <p className="chart-summary">{summary}</p>
          <div className="card">
            <ProfileLegend unitName={unit.name} />
            <ProfileChart
              rows={rows}
              unitName={unit.name}
              cityName={t('chart.legendCity')}
              label={t('unit.chartLabel', { unit: unit.name, round, summary })}
            />
            <details className="table-disclosure">
              <summary>{t('chart.showTable')}</summary>
              <DataTable
                columns={[
                  t('unit.colArea'),
                  { label: t('unit.colScore'), className: 'num' },
                  { label: t('unit.colMedian'), className: 'num' },
                  { label: t('unit.colDiff'), className: 'num' },
                  {
                    label: previousRound
                      ? t('unit.colMovement', { previous: previousRound })
                      : t('unit.colMovementFirst'),
                    className: 'num',
                  },
                ]}
                caption={t('unit.tableCaption', { unit: unit.name, round })}
                className="profile-table"
              >
                {view.areaProfile.map((a) => (
                  <tr key={a.areaCode} data-area={a.areaCode}>
                    <th scope="row">{areaName.get(a.areaCode) ?? a.areaCode}</th>
                    <td className="num">{formatLevel(a.score)}</td>
                    <td className="num">{formatLevel(a.cityMedian)}</td>
                    <td className="num">{formatChange(a.diff)}</td>
                    <MovementCell value={a.movement} />
                  </tr>
                ))}
              </DataTable>
            </details>
          </div>
        </>
      )}
    </Section>
  );
}

/** The strongest and weakest areas against the city median. */
export function UnitStanding({ view, headingId }: { view: UnitView; headingId: string }) {
  const { t } = useTranslation();
  const areaName = new Map(view.areas.map((a) => [a.code, a.name]));
  const item = (s: UnitView['strongest'][number]) =>
    t('unit.standing', {
      area: areaName.get(s.areaCode) ?? s.areaCode,
      score: formatLevel(s.score),
      diff: formatChange(s.diff),
      median: formatLevel(s.cityMedian),
    });
  return (
    <Section headingId={headingId} heading={t('unit.standingHeading')}>
      {view.strongest.length === 0 ? (
        <EmptyState>{t('unit.standingEmpty')}</EmptyState>
      ) : (
        <div className="standing">
          <div className="card standing-card standing-strong">
            <h3>{t('unit.strongest')}</h3>
            <ul>
              {view.strongest.map((s) => (
                <li key={s.areaCode}>{item(s)}</li>
              ))}
            </ul>
          </div>
          <div className="card standing-card standing-weak">
            <h3>{t('unit.weakest')}</h3>
            <ul>
              {view.weakest.map((s) => (
                <li key={s.areaCode}>{item(s)}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </Section>
  );
}
