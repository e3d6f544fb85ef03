import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../api-types';
import { isApiError, trpc } from '../trpc';
import { codeErrorsFromApi } from './code-errors';
import { CodeField } from '../components/credential-fields';
import { FormAlert, PendingButton } from '../components/form-actions';

type StepError = 'codeRequired' | 'codeFormat' | 'wrongCode';
type StepFormError = 'signInExpired' | 'tooManyAttempts' | 'failed';

/**
 * The sign-in's second step: the password was right, and a code from the app (or a recovery code)
 * completes it. Focus starts in the code field and returns to it after a wrong code.
 */
export function SecondFactorSignInStep({
  pendingToken,
  onSignedIn,
  onRestart,
}: {
  pendingToken: string;
  onSignedIn: (user: SessionUser) => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const codeRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<StepError | null>(null);
  const [formError, setFormError] = useState<StepFormError | null>(null);
  const [focus, setFocus] = useState<{ to: 'code' | 'alert' }>({ to: 'code' });
  const verify = useMutation(trpc.auth.verifySecondFactor.mutationOptions());

  useEffect(() => {
    (focus.to === 'code' ? codeRef : alertRef).current?.focus();
  }, [focus]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (verify.isPending) return;
    const code = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    if (code === '') {
      setError('codeRequired');
      setFocus({ to: 'code' });
      return;
    }
    verify.mutate(
      { pendingToken, code },
      {
        onSuccess: onSignedIn,
        onError: (failure) => {
          const field = codeErrorsFromApi(failure).code;
          if (field) {
            setError(field);
            setFormError(null);
            setFocus({ to: 'code' });
            return;
          }
          const status = isApiError(failure) ? failure.data?.code : undefined;
          setError(null);
          setFormError(
            status === 'UNAUTHORIZED'
              ? 'signInExpired'
              : status === 'TOO_MANY_REQUESTS'
                ? 'tooManyAttempts'
                : 'failed',
          );
          setFocus({ to: 'alert' });
        },
      },
    );
  }

  const message =
    error &&
    (error === 'codeFormat' ? t('secondFactor.errors.codeFormat') : t(`signIn.errors.${error}`));
  return (
    <section className="second-factor-step" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('signIn.secondFactor.title')}</h2>
      <p>{t('signIn.secondFactor.intro')}</p>
      {formError && <FormAlert alertRef={alertRef}>{t(`signIn.errors.${formError}`)}</FormAlert>}
      <form className="sign-in-form" noValidate onSubmit={onSubmit}>
        <CodeField
          id={id}
          inputRef={codeRef}
          // A recovery code has letters too.
          inputMode={undefined}
          autoCapitalize="none"
          label={t('signIn.secondFactor.code')}
          hint={t('signIn.secondFactor.codeHint')}
          error={message || undefined}
        />
        <PendingButton
          pending={verify.isPending}
          label={t('signIn.secondFactor.submit')}
          pendingLabel={t('signIn.secondFactor.submitting')}
        />
      </form>
      <p>
        <button type="button" className="button-secondary" onClick={onRestart}>
          {t('signIn.secondFactor.restart')}
        </button>
      </p>
    </section>
  );
}
