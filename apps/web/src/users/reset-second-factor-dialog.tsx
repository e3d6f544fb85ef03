import { useTranslation } from 'react-i18next';
import { trpc } from '../trpc';
import { storeUser } from './cache';
import {
  ConfirmUserAction,
  useUserAction,
  type UserActionDialogProps,
} from './confirm-user-action';

const REFUSALS = { ownAccount: 'ownSecondFactor', noSecondFactor: 'noSecondFactor' } as const;

/**
 * ITD removes a person's second factor for a lost phone: asked first, since it signs the person out
 * and lets the password alone in until they enrol again.
 */
export function ResetSecondFactorDialog({ user, onClose, onDone }: UserActionDialogProps) {
  const { t } = useTranslation();
  const reset = useUserAction(trpc.users.resetSecondFactor.mutationOptions(), REFUSALS);
  return (
    <ConfirmUserAction
      user={user}
      keys="users.resetSecondFactorDialog"
      error={reset.error}
      pending={reset.pending}
      onConfirm={() =>
        reset.run({ id: user.id, version: user.version }, (saved) => {
          storeUser(reset.queryClient, saved);
          onDone(t('users.resetSecondFactorDialog.done', { name: saved.name }));
          onClose();
        })
      }
      onClose={onClose}
    />
  );
}
