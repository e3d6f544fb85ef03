import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  firstInvalidPasswordField,
  passwordErrorsFromApi,
  passwordFormErrorOf,
  validatePasswordChange,
  type PasswordErrors,
  type PasswordField,
} from '../auth/password-form';
import { useSessionUser } from '../auth/session';
import { usePageTitle } from '../components/page-title';
import { trpc } from '../trpc';
import { Announcement } from '../components/announcement';
import { PasswordTextField } from '../components/credential-fields';
import { FormAlert, PendingButton } from '../components/form-actions';

/**
 * One's own password, against the current one. After a reset by ITD this is the only page there is until a
 * new password is chosen (see SignedInOnly); then the person goes on to the start page.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const user = useSessionUser().data;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  usePageTitle(t('password.title'));
  const forced = user?.mustChangePassword === true;

  const [errors, setErrors] = useState<PasswordErrors>({});
  const [formError, setFormError] = useState<'signedOut' | 'failed' | null>(null);
  const [done, setDone] = useState('');
  const [focus, setFocus] = useState<{ to: PasswordField | 'alert' } | null>(null);
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const ids = { current: useId(), next: useId(), repeat: useId() };
  const change = useMutation(trpc.auth.changePassword.mutationOptions());

  useEffect(() => {
    if (!focus) return;
    const refs = {
      currentPassword: currentRef,
      newPassword: newRef,
      repeatPassword: repeatRef,
      alert: alertRef,
    };
    refs[focus.to].current?.focus();
  }, [focus]);

  function fail(fieldErrors: PasswordErrors, form: 'signedOut' | 'failed' | null) {
    setErrors(fieldErrors);
    setFormError(form);
    setFocus({ to: firstInvalidPasswordField(fieldErrors) ?? 'alert' });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const values = {
      currentPassword: String(data.get('currentPassword') ?? ''),
      newPassword: String(data.get('newPassword') ?? ''),
      repeatPassword: String(data.get('repeatPassword') ?? ''),
    };
    const found = validatePasswordChange(values);
    if (firstInvalidPasswordField(found)) return fail(found, null);
    setDone('');
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: async () => {
          setErrors({});
          setFormError(null);
          form.reset();
          await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
          if (forced) await navigate({ to: '/', search: {} });
          else setDone(t('password.changed'));
        },
        onError: (error) => {
          const fromApi = passwordErrorsFromApi(error);
          if (firstInvalidPasswordField(fromApi)) fail(fromApi, null);
          else fail({}, passwordFormErrorOf(error));
        },
      },
    );
  }

  const message = (field: PasswordField) => errors[field] && t(`password.errors.${errors[field]}`);
  return (
    <div className="page change-password">
      <h1>{t('password.title')}</h1>
      {forced && (
        <p className="form-alert" role="note">
          {t('password.mustChange')}
        </p>
      )}
      <p className="page-intro">{t('password.intro')}</p>
      <Announcement text={done} />
      {formError && <FormAlert alertRef={alertRef}>{t(`password.errors.${formError}`)}</FormAlert>}
      <form className="password-form" noValidate onSubmit={onSubmit}>
        {/* The account's name, so a password manager files the new password under it. */}
        <input type="hidden" name="username" autoComplete="username" value={user?.email ?? ''} />
        <PasswordTextField
          id={ids.current}
          inputRef={currentRef}
          name="currentPassword"
          autoComplete="current-password"
          label={forced ? t('password.currentTemporary') : t('password.current')}
          error={message('currentPassword')}
        />
        <PasswordTextField
          id={ids.next}
          inputRef={newRef}
          name="newPassword"
          autoComplete="new-password"
          label={t('password.new')}
          hint={t('password.newHint')}
          error={message('newPassword')}
        />
        <PasswordTextField
          id={ids.repeat}
          inputRef={repeatRef}
          name="repeatPassword"
          autoComplete="new-password"
          label={t('password.repeat')}
          error={message('repeatPassword')}
        />
        <PendingButton
          pending={change.isPending}
          label={t('password.submit')}
          pendingLabel={t('password.submitting')}
        />
      </form>
    </div>
  );
}
