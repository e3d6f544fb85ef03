import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../trpc';
import {
  codeErrorsFromApi,
  codeFormErrorOf,
  type CodeFieldError,
  type PasswordFieldError,
} from './code-errors';
import { CodeField, PasswordTextField } from '../components/credential-fields';
import { FormAlert, PendingButton } from '../components/form-actions';

interface Errors {
  password?: PasswordFieldError;
  code?: CodeFieldError;
}

/** Off again, with the password and a current code: an unattended session cannot do it. */
export function DisableSecondFactorForm({ onDisabled }: { onDisabled: () => void }) {
  const { t } = useTranslation();
  const ids = { password: useId(), code: useId() };
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<ReturnType<typeof codeFormErrorOf> | null>(null);
  const disable = useMutation(trpc.secondFactor.disable.mutationOptions());

  function show(found: Errors) {
    setErrors(found);
    (found.password ? passwordRef : codeRef).current?.focus();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (disable.isPending) return;
    const data = new FormData(event.currentTarget);
    const password = String(data.get('password') ?? '');
    const code = String(data.get('code') ?? '').replace(/\s+/g, '');
    const found: Errors = {};
    if (password === '') found.password = 'passwordRequired';
    if (code === '') found.code = 'codeRequired';
    else if (!/^\d{6}$/.test(code)) found.code = 'codeFormat';
    if (found.password || found.code) return show(found);
    setFormError(null);
    disable.mutate(
      { password, code },
      {
        onSuccess: onDisabled,
        onError: (failure) => {
          const fromApi = codeErrorsFromApi(failure);
          if (fromApi.password || fromApi.code) return show(fromApi);
          setErrors({});
          setFormError(codeFormErrorOf(failure));
        },
      },
    );
  }

  return (
    <section className="second-factor-disable">
      <h2>{t('secondFactor.disableTitle')}</h2>
      <p>{t('secondFactor.disableText')}</p>
      {formError && <FormAlert>{t(`secondFactor.errors.${formError}`)}</FormAlert>}
      <form className="password-form" noValidate onSubmit={onSubmit}>
        <PasswordTextField
          id={ids.password}
          inputRef={passwordRef}
          name="password"
          label={t('secondFactor.password')}
          error={errors.password && t(`secondFactor.errors.${errors.password}`)}
        />
        <CodeField
          id={ids.code}
          inputRef={codeRef}
          label={t('secondFactor.code')}
          error={errors.code && t(`secondFactor.errors.${errors.code}`)}
        />
        <PendingButton
          pending={disable.isPending}
          label={t('secondFactor.disable')}
          pendingLabel={t('secondFactor.disabling')}
        />
      </form>
    </section>
  );
}
