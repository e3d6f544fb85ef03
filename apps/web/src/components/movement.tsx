import { directionOf } from '@lagesbild/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatAbsChange, formatChange } from '../format';

/** A change as a signed number (+0,5) with an arrow; screen readers hear "upp 0,5". */
export function Movement({ value }: { value: number | null }) {
  const { t } = useTranslation();
  if (value === null) {
    return (
      <span className="movement movement-none">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('movement.none')}</span>
      </span>
    );
  }
  const direction = directionOf(value);
  return (
    <span className={`movement movement-${direction}`}>
      <span aria-hidden="true">
        {direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : ''}
        {formatChange(value)}
      </span>
      <span className="visually-hidden">{describeMovement(t, value)}</span>
    </span>
  );
}

/** Only the arrow, for cramped cells; the spoken text still carries the size of the change. */
export function MovementArrow({ value }: { value: number | null }) {
  const { t } = useTranslation();
  if (value === null) return null;
  const direction = directionOf(value);
  return (
    <span className={`arrow arrow-${direction}`}>
      {direction !== 'flat' && <span aria-hidden="true">{direction === 'up' ? '▲' : '▼'}</span>}
      <span className="visually-hidden">, {describeMovement(t, value)}</span>
    </span>
  );
}

/** What a screen reader hears for a change: "upp 0,5", "ned 0,5" or "oförändrad". */
function describeMovement(t: TFunction, value: number): string {
  const direction = directionOf(value);
  return direction === 'flat'
    ? t('movement.flat')
    : t(direction === 'up' ? 'movement.up' : 'movement.down', { value: formatAbsChange(value) });
}
