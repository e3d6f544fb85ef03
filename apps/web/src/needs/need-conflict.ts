import type { TFunction } from 'i18next';
import type { ConflictRow } from '../components/conflict-table';
import type { NeedFields } from './build-need-fields';
import { describeNeed, DESCRIBED_PARTS } from './describe-need';
import type { NeedData, NeedRegisterData } from './types';

/** The need as entered beside the one saved first, part by part; null when it could not be read. */
export function describeNeedConflict(
  t: TFunction,
  mine: NeedFields,
  saved: NeedData | null,
  register: NeedRegisterData,
): ConflictRow[] | null {
  if (!saved) return null;
  const minePart = describeNeed(t, mine, register);
  const savedPart = describeNeed(t, saved, register);
  return DESCRIBED_PARTS.map((part) => ({
    label: t(`needs.part.${part}`),
    mine: minePart[part],
    saved: savedPart[part],
  }));
}
