import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../api-types';
import { endSession } from '../auth/session';
import { trpc } from '../trpc';

/** A role in words; a reporter's unit is named once the overview has told us its name. */
export function describeRole(t: TFunction, user: SessionUser, unitName: string | undefined) {
  if (user.role === 'reporter') {
    return unitName ? t('auth.role.reporterFor', { unit: unitName }) : t('auth.role.reporter');
  }
  return t(`auth.role.${user.role}`);
}

/** Who is signed in, in what role, and the way out. */
export function UserMenu({ user, unitName }: { user: SessionUser; unitName: string | undefined }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const signOut = useMutation(trpc.auth.signOut.mutationOptions());

  function onSignOut() {
    if (signOut.isPending) return;
    setFailed(false);
    signOut.mutate(undefined, {
      onSuccess: async () => {
        // Leave the signed-in pages first, so none of them asks for data as the cache empties.
        await navigate({ to: '/logga-in', search: {} });
        endSession(queryClient);
      },
      onError: () => setFailed(true),
    });
  }

  return (
    <div className="user-menu">
      <p className="user-info">
        <span className="visually-hidden">{t('auth.signedInAs')} </span>
        <span className="user-name">{user.name}</span>
        <span className="user-role">{describeRole(t, user, unitName)}</span>
      </p>
      <Link to="/konto/losenord" className="account-link">
        {t('auth.changePassword')}
      </Link>
      <Link to="/konto/tvastegsverifiering" className="account-link">
        {t('auth.secondFactor')}
      </Link>
      {/* Not PendingButton: its module would join the first route's chunk, which is at its budget. */}
      <button
        type="button"
        className="sign-out"
        aria-disabled={signOut.isPending || undefined}
        onClick={onSignOut}
      >
        {signOut.isPending ? t('auth.signingOut') : t('auth.signOut')}
      </button>
      {failed && (
        <p role="alert" className="user-menu-error">
          {t('auth.signOutFailed')}
        </p>
      )}
    </div>
  );
}
