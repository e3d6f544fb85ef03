import type { TFunction } from 'i18next';
import { formatDate } from '../format';
import type { BenefitData } from './types';

/** Who acts next on a benefit, in words: the owner of the action due first, or the unit that must measure. */
export function describeNextActor(t: TFunction, benefit: BenefitData): string {
  const next = benefit.nextActor;
  if (!next) return t('benefits.nextActor.none');
  if (next.kind === 'unit') return t('benefits.nextActor.unit', { unit: benefit.unit.name });
  return t('benefits.nextActor.action', {
    owner: t(`benefits.owner.${next.owner}`),
    date: formatDate(next.dueDate),
  });
}
