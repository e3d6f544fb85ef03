import type { CapabilityData as CapabilityView } from '../api-types';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger } from '../format';
import { MovementCell, NotApplicableCell, RatingCell, TargetCell } from './rating-cells';
import { DataTable } from './data-table';
import { EmptyState } from './states';
import { Section } from './section';

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
    <Section headingId={headingId} heading={t('capability.ratingsHeading', { round })}>
      <p className="legend-text">{t('scale.ratingNote')}</p>
      {view.unitRatings.length === 0 ? (
        <EmptyState>{t('capability.ratingsEmpty', { round })}</EmptyState>
      ) : (
        <DataTable
          columns={[
            t('capability.colUnit'),
            { label: t('capability.colSelf'), className: 'num' },
            { label: t('capability.colValidated'), className: 'num' },
            { label: t('capability.colRating'), className: 'num' },
            {
              label: previousRound
                ? t('capability.colMovement', { previous: previousRound })
                : t('capability.colMovementFirst'),
              className: 'num',
            },
            t('capability.colTarget'),
            t('capability.colEvidence'),
            t('capability.colConfidence'),
            t('capability.colComment'),
          ]}
          caption={t('capability.ratingsCaption', { name: view.capability.name, round })}
          label={t('capability.scrollLabel')}
          className="ratings-table"
        >
          {view.unitRatings.map((r) => (
            <RatingRow
              key={r.unitSlug}
              rating={r}
              unitName={unitName.get(r.unitSlug) ?? r.unitSlug}
              roundParam={roundParam}
            />
          ))}
        </DataTable>
      )}
    </Section>
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
        <NotApplicableCell columns={4} />
      ) : (
        <>
          <td className="num">{level(r.selfRating)}</td>
          <td className="num">{level(r.validatedRating)}</td>
          <RatingCell rating={r.rating} />
          <MovementCell value={r.movement} />
        </>
      )}
      <TargetCell level={r.targetLevel} year={r.targetYear} />
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
