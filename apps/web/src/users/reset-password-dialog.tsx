import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedUser } from '../api-types';
import { DialogModal } from '../components/dialog-modal';
import { findApiFieldIssues, parseApiError } from '../forms/api-error';
import { trpc } from '../trpc';
import { storeUser } from './cache';
import { formErrorOf } from './user-form';

/** A message key under `users.errors` for a refused reset. */
type ResetError = 'ownPassword' | 'notLocalAccount' | ReturnType<typeof formErrorOf>;

function resetErrorOf(error: unknown): ResetError {
  const codes = findApiFieldIssues(error).map((i) => i.code);
  if (codes.includes('ownAccount')) return 'ownPassword';
  if (codes.includes('notLocalAccount')) return 'notLocalAccount';
  return formErrorOf(error);
}

/**
 * ITD resets a local account's password: asked first, since it signs the person out; then the temporary
 * password is shown once, to hand over in a safe way.
 */
export function ResetPasswordDialog({
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
  const reset = useMutation(trpc.users.resetPassword.mutationOptions());
  const [temporary, setTemporary] = useState<string | null>(null);
  const [error, setError] = useState<ResetError | null>(null);

  function run() {
    if (reset.isPending) return;
    setError(null);
    reset.mutate(
      { id: user.id, version: user.version },
      {
        onSuccess: ({ user: saved, temporaryPassword }) => {
          storeUser(queryClient, saved);
          setTemporary(temporaryPassword);
          onDone(t('users.resetDialog.done', { name: saved.name }));
        },
        onError: (failure) => {
          const parsed = parseApiError<ManagedUser>(failure);
          const saved = parsed.kind === 'conflict' ? parsed.saved : null;
          if (saved) storeUser(queryClient, saved);
          setError(saved ? 'failed' : resetErrorOf(failure));
        },
      },
    );
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
    <DialogModal
      title={t('users.resetDialog.title', { name: user.name })}
      role="alertdialog"
      onClose={onClose}
    >
      <p>{t('users.resetDialog.text', { name: user.name })}</p>
      {error && (
        <p role="alert" className="form-alert">
          {t(`users.errors.${error}`)}
        </p>
      )}
      <p className="actions">
        <button
          type="button"
          className="button button-danger"
          aria-disabled={reset.isPending || undefined}
          onClick={run}
        >
          {t('users.resetDialog.confirm')}
        </button>
        {/* Focus starts here, so Enter on the opened dialog never resets by mistake. */}
        <button type="button" className="button-secondary" onClick={onClose} autoFocus>
          {t('users.resetDialog.cancel')}
        </button>
      </p>
    </DialogModal>
  );
}
