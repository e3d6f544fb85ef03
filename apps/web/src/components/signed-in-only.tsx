import { Navigate, useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../auth/session';
import { PageError, PageLoading } from './states';

const CHANGE_PASSWORD_PATH = '/konto/losenord';
const SECOND_FACTOR_PATH = '/konto/tvastegsverifiering';

/**
 * Shows its content only to a signed-in user; anyone else is sent to sign in with `till` set to
 * where they were going. This is also where a timed-out session lands, once a query is refused.
 */
export function SignedInOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useSessionUser();
  const href = useLocation({ select: (l) => l.href });
  const pathname = useLocation({ select: (l) => l.pathname });

  if (me.isPending) return <PageLoading title={t('app.name')} />;
  if (me.isError && me.data === undefined) {
    return (
      <PageError
        error={me.error}
        retry={() => void me.refetch()}
        round={undefined}
        latestLink={null}
      />
    );
  }
  if (!me.data) return <Navigate to="/logga-in" search={{ till: href }} replace />;
  // After a reset by ITD the API refuses everything else until a new password is chosen.
  if (me.data.mustChangePassword && pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  // The server requires a second factor for the role, and the account has none yet.
  if (
    me.data.mustEnrolSecondFactor &&
    !me.data.mustChangePassword &&
    pathname !== SECOND_FACTOR_PATH &&
    pathname !== CHANGE_PASSWORD_PATH
  ) {
    return <Navigate to={SECOND_FACTOR_PATH} replace />;
  }
  return children;
}
