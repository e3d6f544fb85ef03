import type { UnitData as UnitView } from '../api-types';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../format';
import { MovementCell, NotApplicableCell, RatingCell, TargetCell } from './rating-cells';
import { DataTable } from './data-table';
import { Section } from './section';

type CapabilityRating = UnitView['capabilityRatings'][number];
const COLUMNS = 6;

interface UnitCapabilitiesProps {
  view: UnitView;
  roundParam: string | undefined;
  headingId: string;
}

/** The unit's rating of every capability, its movement and how far it is from its own target. */
export function UnitCapabilities({ view, roundParam, headingId }: UnitCapabilitiesProps) {
  const { t } = useTranslation();
  const capabilityName = new Map(view.capabilities.map((c) => [c.code, c.name]));
  const areaOf = new Map(view.capabilities.map((c) => [c.code, c.areaCode]));
  const groups = view.areas
    .map((area) => ({
      area,
      ratings: view.capabilityRatings.filter((r) => areaOf.get(r.capabilityCode) === area.code),
    }))
    .filter((g) => g.ratings.length > 0);
  return (
    <Section headingId={headingId} heading={t('unit.capabilitiesHeading')}>
      <p className="legend-text">{t('scale.ratingNote')}</p>
      <DataTable
        columns={[
          t('unit.colCapability'),
          { label: t('unit.colRating'), className: 'num' },
          { label: t('unit.colPrevious'), className: 'num' },
          {
            label: view.previousRound
              ? t('unit.colMovement', { previous: view.previousRound })
              : t('unit.colMovementFirst'),
            className: 'num',
          },
          t('unit.colTarget'),
          { label: t('unit.colGap'), className: 'num' },
        ]}
        caption={t('unit.capabilitiesCaption', { unit: view.unit.name, round: view.round })}
        label={t('unit.scrollLabel')}
        className="unit-capability-table"
        rowGroups={groups.map((group) => (
          <tbody key={group.area.code} data-area={group.area.code}>
            <tr className="group-row">
              <th scope="rowgroup" colSpan={COLUMNS}>
                {group.area.name}
              </th>
            </tr>
            {group.ratings.map((r) => (
              <CapabilityRow
                key={r.capabilityCode}
                rating={r}
                name={capabilityName.get(r.capabilityCode) ?? r.capabilityCode}
                roundParam={roundParam}
              />
            ))}
          </tbody>
        ))}
      />
    </Section>
  );
}

function CapabilityRow({
  rating: r,
  name,
  roundParam,
}: {
  rating: CapabilityRating;
  name: string;
  roundParam: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <tr data-capability={r.capabilityCode}>
      <th scope="row">
        <Link
          to="/formaga/$code"
          params={{ code: r.capabilityCode }}
          search={{ omgang: roundParam }}
        >
          {name}
        </Link>
      </th>
      {r.notApplicable ? (
        <NotApplicableCell columns={3} />
      ) : (
        <>
          <RatingCell rating={r.rating} />
          <td className="num">{formatInteger(r.previousRating)}</td>
          <MovementCell value={r.movement} />
        </>
      )}
      <TargetCell level={r.targetLevel} year={r.targetYear} />
      <td className="num">
        {r.gap === null
          ? '–'
          : r.gap > 0
            ? t('unit.gapSteps', { gap: formatInteger(r.gap) })
            : t('unit.gapReached')}
      </td>
    </tr>
  );
}
