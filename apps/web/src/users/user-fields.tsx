import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api-types';
import { SelectField, TextField } from '../components/form-field';
import { USER_ROLES } from '../search';
import { isRole, type UserChangeValues, type UserFieldErrors } from './user-form';
import type { UnitOption } from './users-table';

interface UserFieldsProps {
  idPrefix: string;
  values: UserChangeValues;
  errors: UserFieldErrors;
  units: readonly UnitOption[];
  nameRef: RefObject<HTMLInputElement | null>;
  roleRef: RefObject<HTMLSelectElement | null>;
  unitRef: RefObject<HTMLSelectElement | null>;
  /** Set when ITD edits its own account: the role stays, and the hint says why. */
  roleLockedNote?: string;
  /** In a dialog the name is the first field: typing can start at once. */
  autoFocusName?: boolean;
  onChange: (change: Partial<UserChangeValues>) => void;
}

/** Name, role and unit: what a new user and an edit share. The unit is asked only of a reporter. */
export function UserFields({
  idPrefix,
  values,
  errors,
  units,
  nameRef,
  roleRef,
  unitRef,
  roleLockedNote,
  autoFocusName,
  onChange,
}: UserFieldsProps) {
  const { t } = useTranslation();
  const message = (field: keyof UserFieldErrors) => {
    const error = errors[field];
    return error && t(`users.errors.${error}`);
  };
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        inputRef={nameRef}
        name="name"
        autoComplete="off"
        autoFocus={autoFocusName}
        required
        label={t('users.field.name')}
        error={message('name')}
        value={values.name}
        onChange={(e) => onChange({ name: e.target.value })}
      />
      <SelectField
        id={`${idPrefix}-role`}
        selectRef={roleRef}
        name="role"
        label={t('users.field.role')}
        hint={roleLockedNote}
        error={message('role')}
        disabled={roleLockedNote !== undefined}
        value={values.role}
        options={USER_ROLES.map((r) => ({ value: r, label: t(`auth.role.${r}`) }))}
        onChange={(e) => {
          const role: Role | undefined = isRole(e.target.value) ? e.target.value : undefined;
          if (role) onChange({ role });
        }}
      />
      {values.role === 'reporter' && (
        <SelectField
          id={`${idPrefix}-unit`}
          selectRef={unitRef}
          name="unitSlug"
          required
          label={t('users.field.unit')}
          hint={t('users.field.unitHint')}
          error={message('unitSlug')}
          value={values.unitSlug}
          options={[
            { value: '', label: t('users.field.chooseUnit') },
            ...units.map((u) => ({ value: u.slug, label: u.name })),
          ]}
          onChange={(e) => onChange({ unitSlug: e.target.value })}
        />
      )}
    </>
  );
}
