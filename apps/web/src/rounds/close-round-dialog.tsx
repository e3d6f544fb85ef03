import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../forms/api-error';
import { formatDate } from '../format';
import { DialogModal } from '../components/dialog-modal';
import { trpc } from '../trpc';
import type { RoundSummary } from './types';
import { FormAlert, PendingButton } from '../components/form-actions';

/** The open round and the way to close it, behind a confirmation. */
export function CloseRoundSection({
  round,
  onClosed,
}: {
  round: RoundSummary;
  onClosed: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="section" aria-labelledby="open-round-now-heading">
      <h2 id="open-round-now-heading">{t('rounds.close.heading', { round: round.code })}</h2>
      <p>
        {t('rounds.close.text', {
          round: round.code,
          deadline: round.deadline ? formatDate(round.deadline) : '–',
        })}
      </p>
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t('rounds.close.button')}
      </button>
      {confirming && (
        <CloseRoundDialog round={round} onClose={() => setConfirming(false)} onClosed={onClosed} />
      )}
    </section>
  );
}

type CloseError = 'stale' | 'alreadyClosed' | 'failed';

function closeErrorOf(error: unknown): CloseError {
  const parsed = parseApiError(error);
  if (parsed.kind === 'conflict') return 'stale';
  if (parsed.kind === 'fields' && parsed.fields.some((i) => i.code === 'roundClosed'))
    return 'alreadyClosed';
  return 'failed';
}

/** Closing freezes the round for good, so the dialog says what that means and starts on Cancel. */
function CloseRoundDialog({
  round,
  onClose,
  onClosed,
}: {
  round: RoundSummary;
  onClose: () => void;
  onClosed: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const close = useMutation(trpc.rounds.close.mutationOptions());
  const [error, setError] = useState<CloseError | null>(null);

  function confirm() {
    if (close.isPending) return;
    setError(null);
    close.mutate(
      { code: round.code, version: round.version },
      {
        onSuccess: (closed) => {
          void queryClient.invalidateQueries({ queryKey: trpc.rounds.pathKey() });
          // The dashboards now show this round as their published snapshot.
          void queryClient.invalidateQueries({ queryKey: trpc.maturity.pathKey() });
          onClosed(t('rounds.close.done', { round: closed.code }));
          onClose();
        },
        onError: (failure) => {
          const kind = closeErrorOf(failure);
          // Someone else changed or closed it: show what is true now.
          if (kind !== 'failed')
            void queryClient.invalidateQueries({ queryKey: trpc.rounds.pathKey() });
          setError(kind);
        },
      },
    );
  }

  return (
    <DialogModal
      title={t('rounds.close.dialogTitle', { round: round.code })}
      role="alertdialog"
      onClose={onClose}
    >
      <p>{t('rounds.close.dialogText', { round: round.code })}</p>
      <p>{t('rounds.close.dialogText2')}</p>
      {error && <FormAlert>{t(`rounds.close.errors.${error}`)}</FormAlert>}
      <p className="actions">
        <PendingButton
          pending={close.isPending}
          label={t('rounds.close.confirm')}
          pendingLabel={t('rounds.close.closing')}
          danger
          onClick={confirm}
        />
        {/* Focus starts here, so Enter on the opened dialog never closes the round by mistake. */}
        <button type="button" className="button-secondary" onClick={onClose} autoFocus>
          {t('rounds.close.cancel')}
        </button>
      </p>
    </DialogModal>
  );
}
