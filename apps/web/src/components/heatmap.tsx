import type { OverviewData as Overview } from '../api-types';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatLevel } from '../format';
import { describeHeatmap } from '../summaries';
import { MovementArrow } from './movement';
import { DataTable } from './data-table';
import { EmptyState } from './states';
import { Section } from './section';

// Light to dark blue in half steps from 1 to 5. Dark text on the first six, white on the last three:
// every pair has a contrast of at least 4.5:1 (checked when the palette was chosen).
const PALETTE = [
  '#f4f8fc',
  '#e1ecf7',
  '#cadef0',
  '#afcde8',
  '#8fb9de',
  '#6c9fcf',
  '#3870ab',
  '#285d98',
  '#1b477a',
];
const FIRST_LIGHT_TEXT = 6;

export function heatStyle(score: number): React.CSSProperties {
  const idx = Math.min(PALETTE.length - 1, Math.max(0, Math.round((score - 1) * 2)));
  return { backgroundColor: PALETTE[idx], color: idx >= FIRST_LIGHT_TEXT ? '#ffffff' : '#14181f' };
}

interface HeatmapProps {
  overview: Overview;
  highlight: string | undefined;
  /** The round as the URL has it (undefined = latest), carried on to the unit pages. */
  roundParam: string | undefined;
  headingId: string;
}

/** Units × areas in the selected round: the score as a number on a colour, and its movement. */
export function Heatmap({ overview, highlight, roundParam, headingId }: HeatmapProps) {
  const { t } = useTranslation();
  const { round, previousRound, areas, units, heatmap, trends } = overview;
  const cells = new Map(heatmap.map((c) => [`${c.unitSlug}|${c.areaCode}`, c]));
  const summary = describeHeatmap(
    t,
    areas,
    trends,
    heatmap.map((c) => c.score),
    round,
  );
  const search = { omgang: roundParam };

  return (
    <Section headingId={headingId} heading={t('overview.heatmap.heading')}>
      {summary === '' ? (
        <EmptyState>{t('overview.heatmap.empty', { round })}</EmptyState>
      ) : (
        <>
          <p className="section-summary">{summary}</p>
          <p className="legend-text">{t('overview.heatmap.legend')}</p>
          <DataTable
            columns={[
              t('overview.heatmap.unitColumn'),
              ...areas.map((a) => ({ label: <span className="vertical">{a.name}</span> })),
            ]}
            caption={
              previousRound
                ? t('overview.heatmap.caption', { round, previous: previousRound })
                : t('overview.heatmap.captionFirst', { round })
            }
            label={t('overview.heatmap.scrollLabel')}
            className="heatmap"
          >
            {units.map((u) => {
              const isHighlighted = u.slug === highlight;
              return (
                <tr
                  key={u.slug}
                  data-unit={u.slug}
                  className={isHighlighted ? 'is-highlighted' : undefined}
                >
                  <th scope="row">
                    <Link to="/enhet/$slug" params={{ slug: u.slug }} search={search}>
                      {u.name}
                    </Link>
                    {isHighlighted && <span className="tag">{t('overview.heatmap.selected')}</span>}
                  </th>
                  {areas.map((a) => {
                    const cell = cells.get(`${u.slug}|${a.code}`);
                    if (!cell || cell.score === null) {
                      return (
                        <td key={a.code} className="heat-cell heat-empty" data-area={a.code}>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">{t('overview.heatmap.noScore')}</span>
                        </td>
                      );
                    }
                    return (
                      <td
                        key={a.code}
                        className="heat-cell"
                        data-area={a.code}
                        data-score={cell.score}
                        style={heatStyle(cell.score)}
                      >
                        <span className="heat-score">{formatLevel(cell.score)}</span>
                        <MovementArrow value={cell.movement} />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </DataTable>
        </>
      )}
    </Section>
  );
}
