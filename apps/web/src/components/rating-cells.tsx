import { useTranslation } from 'react-i18next';
import { formatInteger } from '../format';
import { Movement } from './movement';

// The cells a rating row has on the capability page (a row per unit) and on the unit page (a row per
// capability), written once so both read the same.

/** In place of the rating cells where the capability does not apply to the unit. */
export function NotApplicableCell({ columns }: { columns: number }) {
  const { t } = useTranslation();
  return (
    <td colSpan={columns} className="not-applicable">
      <span className="tag tag-muted">{t('common.notApplicable')}</span>
    </td>
  );
}

/** The rating, in bold; "not rated" where there is none. */
export function RatingCell({ rating }: { rating: number | null }) {
  const { t } = useTranslation();
  return (
    <td className="num strong">{rating === null ? t('common.notRated') : formatInteger(rating)}</td>
  );
}

/** A change since the previous round, right-aligned. */
export function MovementCell({ value }: { value: number | null }) {
  return (
    <td className="num">
      <Movement value={value} />
    </td>
  );
}

/** The unit's own target: a level by a year, a level alone, or a dash. */
export function TargetCell({ level, year }: { level: number | null; year: number | null }) {
  const { t } = useTranslation();
  return (
    <td className="nowrap">
      {level === null
        ? '–'
        : year === null
          ? t('capability.targetLevelOnly', { level })
          : t('capability.target', { level, year })}
    </td>
  );
}
