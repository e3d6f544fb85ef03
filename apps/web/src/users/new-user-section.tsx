import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../components/form-field';
import { useFocusRequest } from '../forms/use-focus-request';
import { trpc } from '../trpc';
import { storeUser } from './cache';
import { UserFields } from './user-fields';
import {
  fieldErrorsFromApi,
  findFirstInvalidUserField,
  formErrorOf,
  toNewUserInput,
  validateNewUser,
  type UserField,
  type UserFieldErrors,
  type UserFormError,
  type UserFormValues,
} from './user-form';
import type { UnitOption } from './users-table';
import { FormActions } from '../components/form-actions';

const EMPTY: UserFormValues = { email: '', name: '', role: 'viewer', unitSlug: '', password: '' };

/** "Ny användare": a button that opens the form, so the list stays first on the page. */
export function NewUserSection({
  units,
  onCreated,
}: {
  units: readonly UnitOption[];
  onCreated: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const formId = useId();
  const focus = useFocusRequest({ open: openRef });

  function close() {
    setOpen(false);
    // The form goes away: focus returns to the button that opened it, once it is back.
    focus('open');
  }

  if (!open) {
    return (
      <p className="new-user">
        <button ref={openRef} type="button" className="button" onClick={() => setOpen(true)}>
          {t('users.create.open')}
        </button>
      </p>
    );
  }
  return (
    <section className="new-user" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t('users.create.heading')}</h2>
      <NewUserForm
        idPrefix={formId}
        units={units}
        onCancel={close}
        onCreated={(message) => {
          onCreated(message);
          close();
        }}
      />
    </section>
  );
}

function NewUserForm({
  idPrefix,
  units,
  onCancel,
  onCreated,
}: {
  idPrefix: string;
  units: readonly UnitOption[];
  onCancel: () => void;
  onCreated: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<UserFieldErrors>({});
  const [formError, setFormError] = useState<UserFormError | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const roleRef = useRef<HTMLSelectElement>(null);
  const unitRef = useRef<HTMLSelectElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focus = useFocusRequest<UserField | 'alert'>({
    email: emailRef,
    name: nameRef,
    role: roleRef,
    unitSlug: unitRef,
    password: passwordRef,
    alert: alertRef,
  });
  const create = useMutation(trpc.users.create.mutationOptions());

  function fail(fieldErrors: UserFieldErrors, form: UserFormError | null) {
    setErrors(fieldErrors);
    setFormError(form);
    focus(findFirstInvalidUserField(fieldErrors) ?? 'alert');
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const clientErrors = validateNewUser(values);
    if (findFirstInvalidUserField(clientErrors)) return fail(clientErrors, null);
    create.mutate(toNewUserInput(values), {
      onSuccess: (user) => {
        storeUser(queryClient, user);
        onCreated(t('users.create.done', { name: user.name }));
      },
      onError: (error) => {
        const apiErrors = fieldErrorsFromApi(error, values);
        if (findFirstInvalidUserField(apiErrors)) fail(apiErrors, null);
        else fail({}, formErrorOf(error));
      },
    });
  }

  const change = (patch: Partial<UserFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const message = (field: UserField) => {
    const error = errors[field];
    return error && t(`users.errors.${error}`);
  };

  return (
    <form className="user-form" noValidate onSubmit={onSubmit}>
      <p className="form-hint">{t('users.create.intro')}</p>
      {formError && (
        <div ref={alertRef} role="alert" tabIndex={-1} className="form-alert">
          {t(`users.errors.${formError}`)}
        </div>
      )}
      <TextField
        id={`${idPrefix}-email`}
        inputRef={emailRef}
        name="email"
        type="email"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        required
        // The form opens on the user's own click: typing can start at once.
        autoFocus
        label={t('users.field.email')}
        error={message('email')}
        value={values.email}
        onChange={(e) => change({ email: e.target.value })}
      />
      <UserFields
        idPrefix={idPrefix}
        values={values}
        errors={errors}
        units={units}
        nameRef={nameRef}
        roleRef={roleRef}
        unitRef={unitRef}
        onChange={change}
      />
      <TextField
        id={`${idPrefix}-password`}
        inputRef={passwordRef}
        name="password"
        type="password"
        autoComplete="new-password"
        label={t('users.field.password')}
        hint={t('users.field.passwordHint')}
        error={message('password')}
        value={values.password}
        onChange={(e) => change({ password: e.target.value })}
      />
      <FormActions
        pending={create.isPending}
        label={t('users.create.submit')}
        pendingLabel={t('users.create.submitting')}
        cancelLabel={t('users.create.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
