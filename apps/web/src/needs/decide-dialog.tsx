import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../components/form-dialog';
import { trpc } from '../trpc';
import { parseApiError } from '../forms/api-error';
import { describeFormError, type NeedFormError } from './need-api-errors';
import { TextAreaField } from '../components/form-field';
import { refreshPlanning } from './refresh';
import type { NeedData } from './types';

const REASON_MAX = 1000;

/**
 * ITD accepts or declines a unit's proposal, against the version it read. Declining needs a
 * reason: the unit reads it in the register.
 */
export function DecideDialog({
  need,
  decision,
  onClose,
  onDone,
}: {
  need: NeedData;
  decision: 'accepted' | 'declined';
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<'reasonRequired' | 'reasonTooLong' | null>(null);
  const [formError, setFormError] = useState<NeedFormError | 'changed' | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const busy = useRef(false);
  const decide = useMutation(trpc.planning.decideNeed.mutationOptions());
  const declining = decision === 'declined';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy.current) return;
    const text = reason.trim();
    const problem =
      declining && text === ''
        ? 'reasonRequired'
        : text.length > REASON_MAX
          ? 'reasonTooLong'
          : null;
    setError(problem);
    if (problem) {
      reasonRef.current?.focus();
      return;
    }
    busy.current = true;
    decide.mutate(
      { code: need.code, version: need.version, decision, reason: text || null },
      {
        onSuccess: () => {
          refreshPlanning(queryClient);
          const key = declining ? 'needs.decide.declinedDone' : 'needs.decide.acceptedDone';
          onDone(t(key, { title: need.title }));
          onClose();
        },
        onError: (failure) => {
          if (parseApiError(failure).kind === 'conflict') {
            // What was decided on has changed: show the register as it is now.
            refreshPlanning(queryClient);
            setFormError('changed');
          } else setFormError(describeFormError(failure));
        },
        onSettled: () => {
          busy.current = false;
        },
      },
    );
  }

  return (
    <FormDialog
      title={t(declining ? 'needs.decide.declineTitle' : 'needs.decide.acceptTitle', {
        title: need.title,
      })}
      onClose={onClose}
      className="need-form"
      onSubmit={onSubmit}
      alert={
        formError &&
        (formError === 'changed' ? t('needs.decide.changed') : t(`needs.formErrors.${formError}`))
      }
      danger={declining}
      submitLabel={declining ? t('needs.decide.decline') : t('needs.decide.accept')}
      pending={decide.isPending}
      cancelLabel={t('needs.decide.cancel')}
    >
      <TextAreaField
        id="need-decision-reason"
        textareaRef={reasonRef}
        label={declining ? t('needs.decide.reasonLabel') : t('needs.decide.reasonLabelOptional')}
        hint={declining ? t('needs.decide.reasonHint') : undefined}
        required={declining}
        autoFocus
        error={error ? t(`needs.decide.${error}`) : undefined}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
    </FormDialog>
  );
}
