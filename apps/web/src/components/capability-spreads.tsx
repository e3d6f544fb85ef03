import type { OverviewData as Overview } from '../api-types';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatLevel, formatRange } from '../format';
import { Movement } from './movement';
import { DataTable } from './data-table';
import { EmptyState } from './states';

interface CapabilitySpreadsProps {
  overview: Overview;
  onlyArea: { code: string; name: string } | null;
  roundParam: string | undefined;
  headingId: string;
}

/** Every capability (or one area's) in the selected round: median, spread, movement, targets, N/A. */
export function CapabilitySpreads({
  overview,
  onlyArea,
  roundParam,
  headingId,
}: CapabilitySpreadsProps) {
  const { t } = useTranslation();
  const { round, previousRound } = overview;
  const spreadOf = new Map(overview.capabilitySpreads.map((s) => [s.capabilityCode, s]));
  // Grouped by area, in the framework's order; the area filter leaves one group without a header.
  const groups = overview.areas
    .filter((a) => !onlyArea || a.code === onlyArea.code)
    .map((area) => ({
      area,
      capabilities: overview.capabilities.filter((c) => c.areaCode === area.code),
    }))
    .filter((g) => g.capabilities.length > 0);

  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>
        {onlyArea
          ? t('overview.capabilities.headingArea', { area: onlyArea.name })
          : t('overview.capabilities.heading')}
      </h2>
      <p className="legend-text">{t('scale.ratingNote')}</p>
      {groups.length === 0 ? (
        <EmptyState>{t('overview.capabilities.empty')}</EmptyState>
      ) : (
        <DataTable
          label={t('overview.capabilities.scrollLabel')}
          className="capability-table"
          caption={
            previousRound
              ? t('overview.capabilities.caption', { round, previous: previousRound })
              : t('overview.capabilities.captionFirst', { round })
          }
          columns={[
            t('overview.capabilities.colName'),
            { label: t('overview.capabilities.colMedian'), className: 'num' },
            { label: t('overview.capabilities.colSpread'), className: 'num' },
            { label: t('overview.capabilities.colMovement'), className: 'num' },
            { label: t('overview.capabilities.colBelowTarget'), className: 'num' },
            { label: t('overview.capabilities.colNotApplicable'), className: 'num' },
          ]}
          rowGroups={groups.map((group) => (
            <tbody key={group.area.code} data-area={group.area.code}>
              {!onlyArea && (
                <tr className="group-row">
                  <th scope="rowgroup" colSpan={6}>
                    {group.area.name}
                  </th>
                </tr>
              )}
              {group.capabilities.map((c) => {
                const s = spreadOf.get(c.code);
                return (
                  <tr key={c.code} data-capability={c.code}>
                    <th scope="row">
                      <Link
                        to="/formaga/$code"
                        params={{ code: c.code }}
                        search={{ omgang: roundParam }}
                      >
                        {c.name}
                      </Link>
                    </th>
                    <td className="num">{formatLevel(s?.spread?.median)}</td>
                    <td className="num">
                      {s?.spread ? formatRange(s.spread.min, s.spread.max) : '–'}
                    </td>
                    <td className="num">
                      <Movement value={s?.movement ?? null} />
                    </td>
                    <td className="num">{formatInteger(s?.belowTarget ?? 0)}</td>
                    <td className="num">{formatInteger(s?.notApplicable ?? 0)}</td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        />
      )}
    </section>
  );
}
