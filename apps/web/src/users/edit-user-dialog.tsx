import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedUser, SessionUser } from '../api-types';
import { parseApiError } from '../forms/api-error';
import { useFocusRequest } from '../forms/use-focus-request';
import { trpc } from '../trpc';
import { storeUser } from './cache';
import { ConflictPanel } from '../components/conflict-panel';
import { describeUserConflict } from './user-conflict';
import { FormDialog } from '../components/form-dialog';
import { UserFields } from './user-fields';
import {
  fieldErrorsFromApi,
  findFirstInvalidUserField,
  formErrorOf,
  unitForRole,
  validateUserChange,
  type UserChangeValues,
  type UserFieldErrors,
  type UserFormError,
} from './user-form';
import type { UnitOption } from './users-table';

/** Someone else saved first: the version and values now saved. */
interface UserConflict {
  currentVersion: number;
  current: ManagedUser;
}

function valuesOf(user: ManagedUser): UserChangeValues {
  return { name: user.name, role: user.role, unitSlug: user.unitSlug ?? '' };
}

interface EditUserDialogProps {
  user: ManagedUser;
  units: readonly UnitOption[];
  me: SessionUser;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** Name, role and unit of one user; a save over someone else's newer one is a choice, never silent. */
export function EditUserDialog({ user, units, me, onClose, onSaved }: EditUserDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => valuesOf(user));
  const [version, setVersion] = useState(user.version);
  const [errors, setErrors] = useState<UserFieldErrors>({});
  const [formError, setFormError] = useState<UserFormError | null>(null);
  const [conflict, setConflict] = useState<(UserConflict & { mine: UserChangeValues }) | null>(
    null,
  );
  const [note, setNote] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const roleRef = useRef<HTMLSelectElement>(null);
  const unitRef = useRef<HTMLSelectElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focus = useFocusRequest<'name' | 'role' | 'unitSlug' | 'alert'>({
    name: nameRef,
    role: roleRef,
    unitSlug: unitRef,
    alert: alertRef,
  });
  const update = useMutation(trpc.users.update.mutationOptions());
  const own = user.id === me.id;

  function fail(fieldErrors: UserFieldErrors, form: UserFormError | null) {
    setErrors(fieldErrors);
    setFormError(form);
    const field = findFirstInvalidUserField(fieldErrors);
    focus(field === 'name' || field === 'role' || field === 'unitSlug' ? field : 'alert');
  }

  function save(change: UserChangeValues, atVersion: number) {
    if (update.isPending) return;
    const clientErrors = validateUserChange(change);
    if (findFirstInvalidUserField(clientErrors)) return fail(clientErrors, null);
    setNote('');
    update.mutate(
      {
        id: user.id,
        version: atVersion,
        name: change.name.trim(),
        role: change.role,
        unitSlug: unitForRole(change.role, change.unitSlug),
      },
      {
        onSuccess: (saved) => {
          storeUser(queryClient, saved);
          // Your own name shows in the header too.
          if (own) void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
          onSaved(t('users.editDialog.done', { name: saved.name }));
          onClose();
        },
        onError: (error) => {
          const parsed = parseApiError<ManagedUser>(error);
          if (parsed.kind === 'conflict' && parsed.currentVersion !== null && parsed.saved) {
            setErrors({});
            setFormError(null);
            setConflict({
              currentVersion: parsed.currentVersion,
              current: parsed.saved,
              mine: change,
            });
            return;
          }
          const apiErrors = fieldErrorsFromApi(error, change);
          if (findFirstInvalidUserField(apiErrors)) fail(apiErrors, null);
          else fail({}, formErrorOf(error));
        },
      },
    );
  }

  function applySaved(current: UserConflict) {
    storeUser(queryClient, current.current);
    setValues(valuesOf(current.current));
    setVersion(current.currentVersion);
    setConflict(null);
    setNote(t('users.conflict.usedSaved'));
    focus('name');
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save(values, version);
  }

  return (
    <FormDialog
      title={t('users.editDialog.title', { name: user.name })}
      onClose={onClose}
      className="user-form"
      onSubmit={onSubmit}
      conflict={
        conflict && (
          <ConflictPanel
            key={conflict.currentVersion}
            messages="users.conflict"
            text={t('users.conflict.text', { name: conflict.current.name })}
            rows={describeUserConflict(t, conflict.mine, conflict.current, units)}
            onUseSaved={() => applySaved(conflict)}
            onKeepMine={() => save(conflict.mine, conflict.currentVersion)}
          />
        )
      }
      alert={formError && t(`users.errors.${formError}`)}
      alertRef={alertRef}
      note={note}
      submitLabel={t('users.editDialog.save')}
      pending={update.isPending}
      pendingLabel={t('users.editDialog.saving')}
      cancelLabel={t('users.editDialog.cancel')}
    >
      <p className="form-hint">{user.email}</p>
      <UserFields
        idPrefix={`edit-${user.id}`}
        values={values}
        errors={errors}
        units={units}
        nameRef={nameRef}
        roleRef={roleRef}
        unitRef={unitRef}
        autoFocusName
        roleLockedNote={own ? t('users.ownRoleNote') : undefined}
        onChange={(change) => setValues((v) => ({ ...v, ...change }))}
      />
    </FormDialog>
  );
}
