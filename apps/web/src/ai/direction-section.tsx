import { useTranslation } from 'react-i18next';
import { DataTable } from '../components/data-table';
import { formatInteger, formatLevel } from '../format';
import { DirectionChart } from './lazy-ai-charts';
import type { AiCompetenceData } from './types';
import { Section } from '../components/section';

type Direction = AiCompetenceData['direction'];
type AreaDirection = Direction['areas'][number];

const LEVELS = [1, 2, 3, 4, 5];

/** Where units stand in AI and testing now, beside the levels they aim for and by which year. */
export function DirectionSection({ direction }: { direction: Direction }) {
  const { t } = useTranslation();
  return (
    <Section
      headingId="ai-direction-heading"
      heading={t('ai.direction.heading')}
      className="ai-section"
    >
      <p className="page-intro">
        {direction.roundCode
          ? t('ai.direction.intro', {
              round: direction.roundCode,
              from: direction.horizon.from,
              to: direction.horizon.to,
            })
          : t('ai.direction.noRound')}
      </p>
      {direction.roundCode &&
        direction.areas.map((area) => (
          <AreaDirectionTable
            key={area.areaCode}
            area={area}
            round={direction.roundCode!}
            horizonEnd={direction.horizon.to}
          />
        ))}
    </Section>
  );
}

function AreaDirectionTable({
  area,
  round,
  horizonEnd,
}: {
  area: AreaDirection;
  round: string;
  horizonEnd: number;
}) {
  const { t } = useTranslation();
  const rows = [
    { key: 'now', label: t('ai.direction.rowNow', { round }), counts: area.current },
    { key: 'targets', label: t('ai.direction.rowTargets'), counts: area.targets },
    ...area.years.map((y) => ({
      key: String(y.year),
      label: t('ai.direction.rowYear', { year: y.year }),
      counts: y,
    })),
  ];
  return (
    <>
      <h3>{area.areaName}</h3>
      <p className="ai-summary">
        {t('ai.direction.summary', {
          area: area.areaName,
          now: formatLevel(area.current.median),
          target: formatLevel(area.targets.median),
          atMostTwo: (area.current.counts[0] ?? 0) + (area.current.counts[1] ?? 0),
          n: area.current.n,
        })}{' '}
        {t('ai.direction.notes', {
          without: area.withoutTarget,
          beyond: area.beyondHorizon,
          year: horizonEnd,
        })}
      </p>
      <DirectionChart
        rows={LEVELS.map((l) => ({
          level: t('ai.direction.colLevel', { level: l }),
          now: area.current.counts[l - 1] ?? 0,
          target: area.targets.counts[l - 1] ?? 0,
        }))}
        label={t('ai.direction.chartLabel', { area: area.areaName })}
        names={{
          now: t('ai.direction.seriesNow', { round }),
          target: t('ai.direction.rowTargets'),
        }}
      />
      <DataTable
        columns={[
          t('ai.direction.colWhat'),
          ...LEVELS.map((level) => t('ai.direction.colLevel', { level })),
          t('ai.direction.colN'),
          t('ai.direction.colMedian'),
        ]}
        caption={t('ai.direction.caption', { area: area.areaName })}
        className="numeric-table"
      >
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            {LEVELS.map((l) => (
              <td key={l}>{formatInteger(r.counts.counts[l - 1] ?? 0)}</td>
            ))}
            <td>{formatInteger(r.counts.n)}</td>
            <td>{formatLevel(r.counts.median)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
