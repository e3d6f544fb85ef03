import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OidcSignInError, OidcSignInLink } from '../auth/oidc-sign-in';
import { pathAfterSignIn } from '../auth/return-path';
import { startSession } from '../auth/session';
import {
  fieldErrorsFromApi,
  firstInvalidField,
  formErrorOf,
  validateSignIn,
  type FieldErrors,
  type FormError,
  type SignInField,
} from '../auth/sign-in-form';
import type { SessionUser } from '../api-types';
import { TextField } from '../components/form-field';
import { usePageTitle } from '../components/page-title';
import { SecondFactorSignInStep } from '../second-factor/sign-in-step';
import { trpc } from '../trpc';
import { PasswordTextField } from '../components/credential-fields';
import { FormAlert, PendingButton } from '../components/form-actions';

const route = getRouteApi('/logga-in');

/** Where focus goes after a failed attempt: the first field to fix, or the form-level message. */
type FocusTarget = SignInField | 'alert';

export function SignInPage() {
  const { t } = useTranslation();
  const { till, fel } = route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  usePageTitle(t('signIn.title'));

  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<FormError | null>(null);
  // A new object on every failed attempt, so focus moves again even to the same place.
  const [focusTarget, setFocusTarget] = useState<{ to: FocusTarget } | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const ids = { email: useId(), password: useId() };
  // The password was right and the account has a second factor: the code step shows instead.
  const [pendingToken, setPendingToken] = useState<string | null>(null);

  useEffect(() => {
    if (!focusTarget) return;
    const target = { email: emailRef, password: passwordRef, alert: alertRef }[focusTarget.to];
    target.current?.focus();
  }, [focusTarget]);

  const signIn = useMutation(trpc.auth.signIn.mutationOptions());
  // Nothing is offered until the server has said how: the form must not flash where it is refused.
  const methods = useQuery(trpc.auth.methods.queryOptions());
  const offersOidc = methods.data?.oidc ?? false;
  const offersLocal = methods.isError || (methods.data?.local ?? false);

  function fail(errors: FieldErrors, form: FormError | null) {
    setFieldErrors(errors);
    setFormError(form);
    const field = firstInvalidField(errors);
    setFocusTarget({ to: field ?? 'alert' });
  }

  function signedIn(user: SessionUser) {
    startSession(queryClient, user);
    void router.navigate({ href: pathAfterSignIn(till, user), replace: true });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const data = new FormData(event.currentTarget);
    const values = {
      email: String(data.get('email') ?? '').trim(),
      password: String(data.get('password') ?? ''),
    };
    const errors = validateSignIn(values);
    if (firstInvalidField(errors)) return fail(errors, null);

    signIn.mutate(values, {
      onSuccess: (result) => {
        if ('secondFactorRequired' in result) {
          setFormError(null);
          setFieldErrors({});
          setPendingToken(result.pendingToken);
        } else signedIn(result);
      },
      onError: (error) => {
        const apiErrors = fieldErrorsFromApi(error, values);
        if (firstInvalidField(apiErrors)) fail(apiErrors, null);
        else fail({}, formErrorOf(error));
      },
    });
  }

  return (
    <div className="page sign-in">
      <h1>{t('signIn.title')}</h1>
      <p className="page-intro">{till ? t('signIn.returnNote') : t('signIn.intro')}</p>

      {fel && <OidcSignInError code={fel} />}
      {offersOidc && <OidcSignInLink till={till} />}
      {offersOidc && offersLocal && <p className="sign-in-or">{t('signIn.oidc.orLocal')}</p>}

      {formError && <FormAlert alertRef={alertRef}>{t(`signIn.errors.${formError}`)}</FormAlert>}

      {pendingToken && (
        <SecondFactorSignInStep
          pendingToken={pendingToken}
          onSignedIn={signedIn}
          onRestart={() => {
            setPendingToken(null);
            setFocusTarget({ to: 'email' });
          }}
        />
      )}

      {offersLocal && !pendingToken && (
        <form className="sign-in-form" noValidate onSubmit={onSubmit}>
          <TextField
            id={ids.email}
            inputRef={emailRef}
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            autoCapitalize="none"
            required
            label={t('signIn.email')}
            error={fieldErrors.email && t(`signIn.errors.${fieldErrors.email}`)}
          />
          <PasswordTextField
            id={ids.password}
            inputRef={passwordRef}
            name="password"
            spellCheck={false}
            autoCapitalize="none"
            label={t('signIn.password')}
            error={fieldErrors.password && t(`signIn.errors.${fieldErrors.password}`)}
          />
          <PendingButton
            pending={signIn.isPending}
            label={t('signIn.submit')}
            pendingLabel={t('signIn.submitting')}
          />
        </form>
      )}

      {offersLocal && <p className="form-hint">{t('signIn.demoNote')}</p>}
    </div>
  );
}
