import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedUser } from '../api-types';
import { trpc } from '../trpc';
import { storeUser } from './cache';
import { DialogModal } from '../components/dialog-modal';
import { parseApiError } from '../forms/api-error';
import { formErrorOf, type UserFormError } from './user-form';

/**
 * Disabling or enabling one user. A conflict here needs no comparison: the list is refreshed and
 * the user is told to look again, since the status they acted on may already be what they wanted.
 */
export function useSetDisabled(onDone: (message: string) => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation(trpc.users.setDisabled.mutationOptions());
  const [error, setError] = useState<UserFormError | null>(null);

  function run(user: ManagedUser, disabled: boolean, onSuccess?: () => void) {
    if (mutation.isPending) return;
    setError(null);
    mutation.mutate(
      { id: user.id, version: user.version, disabled },
      {
        onSuccess: (saved) => {
          storeUser(queryClient, saved);
          const key = disabled ? 'users.disableDialog.disabled' : 'users.disableDialog.enabled';
          onDone(t(key, { name: saved.name }));
          onSuccess?.();
        },
        onError: (failure) => {
          const parsed = parseApiError<ManagedUser>(failure);
          const saved = parsed.kind === 'conflict' ? parsed.saved : null;
          if (saved) {
            storeUser(queryClient, saved);
            onDone(t('users.disableDialog.changed', { name: saved.name }));
            onSuccess?.();
            return;
          }
          setError(formErrorOf(failure));
        },
      },
    );
  }

  return { run, error, isPending: mutation.isPending };
}

/** Disabling signs the person out at once, so it is asked for twice. */
export function DisableUserDialog({
  user,
  onClose,
  onDone,
}: {
  user: ManagedUser;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const setDisabled = useSetDisabled(onDone);
  return (
    <DialogModal
      title={t('users.disableDialog.title', { name: user.name })}
      role="alertdialog"
      onClose={onClose}
    >
      <p>{t('users.disableDialog.text', { name: user.name })}</p>
      {setDisabled.error && (
        <p role="alert" className="form-alert">
          {t(`users.errors.${setDisabled.error}`)}
        </p>
      )}
      <p className="actions">
        <button
          type="button"
          className="button button-danger"
          aria-disabled={setDisabled.isPending || undefined}
          onClick={() => setDisabled.run(user, true, onClose)}
        >
          {t('users.disableDialog.confirm')}
        </button>
        {/* Focus starts here, so Enter on the opened dialog never disables by mistake. */}
        <button type="button" className="button-secondary" onClick={onClose} autoFocus>
          {t('users.disableDialog.cancel')}
        </button>
      </p>
    </DialogModal>
  );
}
