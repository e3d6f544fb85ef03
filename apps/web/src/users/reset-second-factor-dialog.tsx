import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedUser } from '../api-types';
import { trpc } from '../trpc';
import { storeUser } from './cache';
import { ConfirmUserAction, readRefusal, type UserRefusal } from './confirm-user-action';

const REFUSALS = { ownAccount: 'ownSecondFactor', noSecondFactor: 'noSecondFactor' } as const;

/**
 * ITD removes a person's second factor for a lost phone: asked first, since it signs the person out
 * and lets the password alone in until they enrol again.
 */
export function ResetSecondFactorDialog({
  user,
  onClose,
  onDone,
}: {
  user: ManagedUser;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reset = useMutation(trpc.users.resetSecondFactor.mutationOptions());
  const [error, setError] = useState<UserRefusal | null>(null);

  function run() {
    if (reset.isPending) return;
    setError(null);
    reset.mutate(
      { id: user.id, version: user.version },
      {
        onSuccess: (saved) => {
          storeUser(queryClient, saved);
          onDone(t('users.resetSecondFactorDialog.done', { name: saved.name }));
          onClose();
        },
        onError: (failure) => setError(readRefusal(queryClient, failure, REFUSALS)),
      },
    );
  }

  return (
    <ConfirmUserAction
      user={user}
      keys="users.resetSecondFactorDialog"
      error={error}
      pending={reset.isPending}
      onConfirm={run}
      onClose={onClose}
    />
  );
}
