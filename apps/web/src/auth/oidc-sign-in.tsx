import { useTranslation } from 'react-i18next';
import type { SignInError } from '../search';
import { safeReturnPath } from './return-path';

/**
 * A plain link, not a fetch: the browser itself must travel to the identity provider and back, carrying
 * the server's short-lived binding cookie.
 */
export function OidcSignInLink({ till }: { till: string | undefined }) {
  const { t } = useTranslation();
  const returnPath = safeReturnPath(till);
  const href = returnPath
    ? `/auth/oidc/start?till=${encodeURIComponent(returnPath)}`
    : '/auth/oidc/start';
  return (
    <a className="button" href={href}>
      {t('signIn.oidc.button')}
    </a>
  );
}

/** Why the server sent the browser back from the identity provider without a session. */
export function OidcSignInError({ code }: { code: SignInError }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="form-alert">
      {t(`signIn.oidc.errors.${code}`)}
    </div>
  );
}
