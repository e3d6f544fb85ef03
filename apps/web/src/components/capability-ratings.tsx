import type { CapabilityData as CapabilityView } from '../api-types';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger } from '../format';
import { Movement } from './movement';
import { ScrollTable } from './scroll-table';
import { EmptyState } from './states';

type UnitRating = CapabilityView['unitRatings'][number];

interface CapabilityRatingsProps {
  view: CapabilityView;
  roundParam: string | undefined;
  headingId: string;
}

/** Each unit's assessment of the capability in the selected round, with evidence and targets. */
export function CapabilityRatings({ view, roundParam, headingId }: CapabilityRatingsProps) {
  const { t } = useTranslation();
  const { round, previousRound } = view;
  const unitName = new Map(view.units.map((u) => [u.slug, u.name]));
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('capability.ratingsHeading', { round })}</h2>
      <p className="legend-text">{t('scale.ratingNote')}</p>
      {view.unitRatings.length === 0 ? (
        <EmptyState>{t('capability.ratingsEmpty', { round })}</EmptyState>
      ) : (
        <ScrollTable label={t('capability.scrollLabel')}>
          <table className="data-table ratings-table">
            <caption>
              {t('capability.ratingsCaption', { name: view.capability.name, round })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('capability.colUnit')}</th>
                <th scope="col" className="num">
                  {t('capability.colSelf')}
                </th>
                <th scope="col" className="num">
                  {t('capability.colValidated')}
                </th>
                <th scope="col" className="num">
                  {t('capability.colRating')}
                </th>
                <th scope="col" className="num">
                  {previousRound
                    ? t('capability.colMovement', { previous: previousRound })
                    : t('capability.colMovementFirst')}
                </th>
                <th scope="col">{t('capability.colTarget')}</th>
                <th scope="col">{t('capability.colEvidence')}</th>
                <th scope="col">{t('capability.colConfidence')}</th>
                <th scope="col">{t('capability.colComment')}</th>
              </tr>
            </thead>
            <tbody>
              {view.unitRatings.map((r) => (
                <RatingRow
                  key={r.unitSlug}
                  rating={r}
                  unitName={unitName.get(r.unitSlug) ?? r.unitSlug}
                  roundParam={roundParam}
                />
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}

function RatingRow({
  rating: r,
  unitName,
  roundParam,
}: {
  rating: UnitRating;
  unitName: string;
  roundParam: string | undefined;
}) {
  const { t } = useTranslation();
  const level = (v: number | null) => (v === null ? '–' : formatInteger(v));
  return (
    <tr data-unit={r.unitSlug} className={r.notApplicable ? 'is-not-applicable' : undefined}>
      <th scope="row">
        <Link to="/enhet/$slug" params={{ slug: r.unitSlug }} search={{ omgang: roundParam }}>
          {unitName}
        </Link>
      </th>
      {r.notApplicable ? (
        <td colSpan={4} className="not-applicable">
          <span className="tag tag-muted">{t('common.notApplicable')}</span>
        </td>
      ) : (
        <>
          <td className="num">{level(r.selfRating)}</td>
          <td className="num">{level(r.validatedRating)}</td>
          <td className="num strong">
            {r.rating === null ? t('common.notRated') : formatInteger(r.rating)}
          </td>
          <td className="num">
            <Movement value={r.movement} />
          </td>
        </>
      )}
      <td className="nowrap">
        {r.targetLevel === null
          ? '–'
          : r.targetYear === null
            ? t('capability.targetLevelOnly', { level: r.targetLevel })
            : t('capability.target', { level: r.targetLevel, year: r.targetYear })}
      </td>
      <td className="evidence">
        <Evidence evidence={r.evidence} unitName={unitName} />
      </td>
      <td>{r.confidence ? t(`confidence.${r.confidence}`) : '–'}</td>
      <td className="comment">{r.comment ?? '–'}</td>
    </tr>
  );
}

function Evidence({
  evidence: e,
  unitName,
}: {
  evidence: UnitRating['evidence'];
  unitName: string;
}) {
  const { t } = useTranslation();
  if (!e.text && !e.link && !e.owner && !e.date) return <>–</>;
  return (
    <>
      {e.text && <p>{e.text}</p>}
      {e.link && (
        <p>
          <a href={e.link} rel="noopener noreferrer">
            {t('capability.evidenceLink')}
            <span className="visually-hidden">
              {' '}
              {t('capability.evidenceLinkFor', { unit: unitName })}
            </span>
          </a>
        </p>
      )}
      {(e.owner || e.date) && (
        <p className="meta">
          {e.owner && t('capability.evidenceOwner', { owner: e.owner })}
          {e.owner && e.date && ' · '}
          {e.date && t('capability.evidenceDate', { date: formatDate(e.date) })}
        </p>
      )}
    </>
  );
}
