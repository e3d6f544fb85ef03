import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogModal } from '../components/dialog-modal';
import { trpc } from '../trpc';
import { storeUser } from './cache';
import {
  ConfirmUserAction,
  useUserAction,
  type UserActionDialogProps,
} from './confirm-user-action';

const REFUSALS = { ownAccount: 'ownPassword', notLocalAccount: 'notLocalAccount' } as const;

/**
 * ITD resets a local account's password: asked first, since it signs the person out; then the temporary
 * password is shown once, to hand over in a safe way.
 */
export function ResetPasswordDialog({ user, onClose, onDone }: UserActionDialogProps) {
  const { t } = useTranslation();
  const reset = useUserAction(trpc.users.resetPassword.mutationOptions(), REFUSALS);
  const [temporary, setTemporary] = useState<string | null>(null);

  function run() {
    reset.run({ id: user.id, version: user.version }, ({ user: saved, temporaryPassword }) => {
      storeUser(reset.queryClient, saved);
      setTemporary(temporaryPassword);
      onDone(t('users.resetDialog.done', { name: saved.name }));
    });
  }

  if (temporary) {
    return (
      <DialogModal title={t('users.resetDialog.doneTitle', { name: user.name })} onClose={onClose}>
        <p>{t('users.resetDialog.doneText', { name: user.name })}</p>
        <dl className="temporary-password">
          <dt>{t('users.resetDialog.password')}</dt>
          <dd>
            <code>{temporary}</code>
          </dd>
        </dl>
        <p className="actions">
          <button type="button" className="button" onClick={onClose} autoFocus>
            {t('users.resetDialog.close')}
          </button>
        </p>
      </DialogModal>
    );
  }
  return (
    <ConfirmUserAction
      user={user}
      keys="users.resetDialog"
      error={reset.error}
      pending={reset.pending}
      onConfirm={run}
      onClose={onClose}
    />
  );
}
