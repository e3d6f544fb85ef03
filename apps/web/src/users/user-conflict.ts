import type { TFunction } from 'i18next';
import type { ManagedUser } from '../api-types';
import type { ConflictRow } from '../components/conflict-table';
import type { UserChangeValues } from './user-form';
import type { UnitOption } from './users-table';

/** The user as edited beside the one saved first, for the conflict panel. */
export function describeUserConflict(
  t: TFunction,
  mine: UserChangeValues,
  saved: ManagedUser,
  units: readonly UnitOption[],
): ConflictRow[] {
  const unitName = (slug: string | null) =>
    !slug ? '–' : (units.find((u) => u.slug === slug)?.name ?? slug);
  return [
    { label: t('users.field.name'), mine: mine.name.trim(), saved: saved.name },
    {
      label: t('users.field.role'),
      mine: t(`auth.role.${mine.role}`),
      saved: t(`auth.role.${saved.role}`),
    },
    {
      label: t('users.field.unit'),
      mine: unitName(mine.role === 'reporter' ? mine.unitSlug : null),
      saved: unitName(saved.unitSlug),
    },
  ];
}
