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
type ResetError = 'ownSecondFactor' | 'noSecondFactor' | ReturnType<typeof formErrorOf>;

function resetErrorOf(error: unknown): ResetError {
  const codes = findApiFieldIssues(error).map((i) => i.code);
  if (codes.includes('ownAccount')) return 'ownSecondFactor';
  if (codes.includes('noSecondFactor')) return 'noSecondFactor';
  return formErrorOf(error);
}

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
  const [error, setError] = useState<ResetError | null>(null);

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
        onError: (failure) => {
          const parsed = parseApiError<ManagedUser>(failure);
          const saved = parsed.kind === 'conflict' ? parsed.saved : null;
          if (saved) storeUser(queryClient, saved);
          setError(saved ? 'failed' : resetErrorOf(failure));
        },
      },
    );
  }

  return (
    <DialogModal
      title={t('users.resetSecondFactorDialog.title', { name: user.name })}
      role="alertdialog"
      onClose={onClose}
    >
      <p>{t('users.resetSecondFactorDialog.text', { name: user.name })}</p>
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
          {t('users.resetSecondFactorDialog.confirm')}
        </button>
        {/* Focus starts here, so Enter on the opened dialog never resets by mistake. */}
        <button type="button" className="button-secondary" onClick={onClose} autoFocus>
          {t('users.resetSecondFactorDialog.cancel')}
        </button>
      </p>
    </DialogModal>
  );
}
