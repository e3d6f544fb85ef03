import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogModal } from '../components/dialog-modal';
import { parseApiError } from '../forms/api-error';
import { trpc } from '../trpc';
import { FormAlert, PendingButton } from '../components/form-actions';

/** ITD confirms before the draft is frozen: publishing cannot be undone. */
export function PublishDialog({
  year,
  version,
  onClose,
  onPublished,
}: {
  year: number;
  version: number;
  onClose: () => void;
  onPublished: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const publish = useMutation(trpc.plan.publish.mutationOptions());
  const [problem, setProblem] = useState<'conflict' | 'failed' | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.plan.pathKey() });

  function confirm() {
    if (publish.isPending) return;
    publish.mutate(
      { year, version },
      {
        onSuccess: () => {
          void refresh();
          onPublished(t('plan.publish.done', { year }));
          onClose();
        },
        onError: (error) =>
          setProblem(parseApiError(error).kind === 'conflict' ? 'conflict' : 'failed'),
      },
    );
  }

  return (
    <DialogModal title={t('plan.publish.title', { year })} onClose={onClose}>
      {problem === 'conflict' ? (
        <div className="conflict-panel" role="alert">
          <h3>{t('plan.publish.conflictHeading')}</h3>
          <p>{t('plan.publish.conflictText')}</p>
          <p className="actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                void refresh();
                onClose();
              }}
            >
              {t('plan.publish.reload')}
            </button>
          </p>
        </div>
      ) : (
        <>
          <p>{t('plan.publish.text')}</p>
          {problem === 'failed' && <FormAlert>{t('plan.publish.failed')}</FormAlert>}
          <p className="actions">
            <PendingButton
              pending={publish.isPending}
              label={t('plan.publish.confirm')}
              pendingLabel={t('plan.publish.publishing')}
              onClick={confirm}
            />
            <button type="button" className="button-secondary" onClick={onClose}>
              {t('plan.publish.cancel')}
            </button>
          </p>
        </>
      )}
    </DialogModal>
  );
}
