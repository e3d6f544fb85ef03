import { useTranslation } from 'react-i18next';
import type { ManagedUser } from '../api-types';
import { trpc } from '../trpc';
import { storeUser } from './cache';
import {
  ConfirmUserAction,
  useUserAction,
  type UserActionDialogProps,
} from './confirm-user-action';

/**
 * Disabling or enabling one user. A conflict here needs no comparison: the list is refreshed and
 * the user is told to look again, since the status they acted on may already be what they wanted.
 */
export function useSetDisabled(onDone: (message: string) => void) {
  const { t } = useTranslation();
  const action = useUserAction(trpc.users.setDisabled.mutationOptions());

  function run(user: ManagedUser, disabled: boolean, onSuccess?: () => void) {
    action.run(
      { id: user.id, version: user.version, disabled },
      (saved) => {
        storeUser(action.queryClient, saved);
        const key = disabled ? 'users.disableDialog.disabled' : 'users.disableDialog.enabled';
        onDone(t(key, { name: saved.name }));
        onSuccess?.();
      },
      (saved) => {
        onDone(t('users.disableDialog.changed', { name: saved.name }));
        onSuccess?.();
      },
    );
  }

  return { run, error: action.error, isPending: action.pending };
}

/** Disabling signs the person out at once, so it is asked for twice. */
export function DisableUserDialog({ user, onClose, onDone }: UserActionDialogProps) {
  const setDisabled = useSetDisabled(onDone);
  return (
    <ConfirmUserAction
      user={user}
      keys="users.disableDialog"
      error={setDisabled.error}
      pending={setDisabled.isPending}
      onConfirm={() => setDisabled.run(user, true, onClose)}
      onClose={onClose}
    />
  );
}
