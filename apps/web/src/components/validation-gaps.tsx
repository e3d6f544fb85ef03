import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { OverviewData } from '../api-types';
import { formatChange, formatInteger, formatLevel } from '../format';
import { DataTable } from './data-table';

/**
 * Per unit, its self-rating against ITD's validation in the round, furthest above first: a unit that
 * rates itself well above validation is visible at a glance, in a sentence and in the table.
 */
export function ValidationGaps({
  overview,
  roundParam,
  headingId,
}: {
  overview: OverviewData;
  roundParam: string | undefined;
  headingId: string;
}) {
  const { t } = useTranslation();
  const nameOf = new Map(overview.units.map((u) => [u.slug, u.name]));
  const gaps = overview.validationGaps;
  const top = gaps[0];
  const summary =
    top && top.meanGap !== null && top.meanGap > 0
      ? t('overview.gaps.summary', {
          unit: nameOf.get(top.unitSlug) ?? top.unitSlug,
          gap: formatLevel(top.meanGap),
          differing: top.differing,
          compared: top.compared,
        })
      : t('overview.gaps.noneAbove');

  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('overview.gaps.heading')}</h2>
      <p className="section-intro">{t('overview.gaps.intro')}</p>
      <p className="section-summary">{summary}</p>
      <DataTable
        label={t('overview.gaps.heading')}
        className="validation-gaps"
        caption={t('overview.gaps.caption', { round: overview.round })}
        columns={[
          t('overview.gaps.unit'),
          { label: t('overview.gaps.meanGap'), className: 'num' },
          { label: t('overview.gaps.largestGap'), className: 'num' },
          { label: t('overview.gaps.differing'), className: 'num' },
          { label: t('overview.gaps.compared'), className: 'num' },
        ]}
      >
        {gaps.map((g) => (
          <tr key={g.unitSlug} data-unit={g.unitSlug}>
            <th scope="row">
              <Link to="/enhet/$slug" params={{ slug: g.unitSlug }} search={{ omgang: roundParam }}>
                {nameOf.get(g.unitSlug) ?? g.unitSlug}
              </Link>
            </th>
            {g.meanGap === null ? (
              <td className="num" colSpan={2}>
                {t('overview.gaps.noValidation')}
              </td>
            ) : (
              <>
                <td className="num">{formatChange(g.meanGap)}</td>
                <td className="num">{formatChange(g.largestGap)}</td>
              </>
            )}
            <td className="num">{formatInteger(g.differing)}</td>
            <td className="num">{formatInteger(g.compared)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
