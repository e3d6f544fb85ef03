import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeSeries, type SpreadPoint } from '../summaries';
import { TrendLegend } from './chart-legend';
import { SpreadTable } from './data-tables';
import { TrendChart } from './lazy-charts';
import { EmptyState } from './states';

interface AreaTrendsProps {
  areas: readonly { code: string; name: string }[];
  trends: readonly { areaCode: string; points: SpreadPoint[] }[];
  round: string;
  /** Set when the area filter limits the view to one area. */
  onlyArea: { code: string; name: string } | null;
  headingId: string;
}

/** Small multiples: one chart per area with its own summary and table. */
export function AreaTrends({ areas, trends, round, onlyArea, headingId }: AreaTrendsProps) {
  const { t } = useTranslation();
  const shown = onlyArea ? areas.filter((a) => a.code === onlyArea.code) : areas;
  const pointsOf = new Map(trends.map((tr) => [tr.areaCode, tr.points]));
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('overview.trends.heading')}</h2>
      <p className="section-intro">{t('overview.trends.intro')}</p>
      {onlyArea && (
        <p className="filter-note">
          {t('overview.trends.onlyArea', { area: onlyArea.name })}{' '}
          <Link to="/" search={(prev) => ({ ...prev, omrade: undefined })}>
            {t('filters.clearArea')}
          </Link>
        </p>
      )}
      <TrendLegend />
      <div className={onlyArea ? 'small-multiples single' : 'small-multiples'}>
        {shown.map((a) => (
          <AreaTrendCard
            key={a.code}
            area={a}
            points={pointsOf.get(a.code) ?? []}
            round={round}
            height={onlyArea ? 300 : 220}
          />
        ))}
      </div>
    </section>
  );
}

function AreaTrendCard({
  area,
  points,
  round,
  height,
}: {
  area: { code: string; name: string };
  points: SpreadPoint[];
  round: string;
  height: number;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const summary = describeSeries(t, area.name, points, round);
  const hasData = points.some((p) => p.spread !== null);
  return (
    <section className="card trend-card" aria-labelledby={headingId} data-area={area.code}>
      <h3 id={headingId}>{area.name}</h3>
      <p className="chart-summary">{summary}</p>
      {hasData ? (
        <>
          <TrendChart
            points={points}
            selectedRound={round}
            height={height}
            label={t('overview.trends.chartLabel', {
              area: area.name,
              first: points[0]?.roundCode ?? '',
              last: points.at(-1)?.roundCode ?? '',
              summary,
            })}
          />
          <details className="table-disclosure">
            <summary>
              {t('chart.showTable')}
              <span className="visually-hidden">: {area.name}</span>
            </summary>
            <SpreadTable
              caption={t('overview.trends.tableCaption', { area: area.name })}
              points={points}
              selectedRound={round}
            />
          </details>
        </>
      ) : (
        <EmptyState>{t('overview.trends.empty')}</EmptyState>
      )}
    </section>
  );
}
