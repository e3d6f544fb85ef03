import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../components/form-field';
import { findApiFieldIssues } from '../forms/api-error';
import { trpc } from '../trpc';
import { refreshAfterDecision, type ReviewKey } from './cache';
import { FormDialog } from '../components/form-dialog';
import { formErrorOf, type ReviewFormError } from './validation-draft';

const MESSAGE_MAX = 2000;

type MessageError = 'messageRequired' | 'messageTooLong';

function checkMessage(message: string): MessageError | null {
  const trimmed = message.trim();
  if (trimmed === '') return 'messageRequired';
  return trimmed.length > MESSAGE_MAX ? 'messageTooLong' : null;
}

/** Sends the report back to the unit; the message tells it what to complete, so it is required. */
export function ReturnDialog({
  reviewKey,
  unitName,
  version,
  onClose,
  onReturned,
}: {
  reviewKey: ReviewKey;
  unitName: string;
  version: number;
  onClose: () => void;
  onReturned: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const send = useMutation(trpc.review.return.mutationOptions());
  const [message, setMessage] = useState('');
  const [error, setError] = useState<MessageError | null>(null);
  const [formError, setFormError] = useState<ReviewFormError | null>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (send.isPending) return;
    const problem = checkMessage(message);
    setError(problem);
    setFormError(null);
    if (problem) return messageRef.current?.focus();
    send.mutate(
      { ...reviewKey, version, message: message.trim() },
      {
        onSuccess: () => {
          refreshAfterDecision(queryClient, reviewKey);
          onReturned(t('review.returnDialog.done', { unit: unitName }));
          onClose();
        },
        onError: (failure) => {
          if (findApiFieldIssues(failure).some((i) => i.path === 'message')) {
            setError('messageRequired');
            messageRef.current?.focus();
            return;
          }
          setFormError(formErrorOf(failure));
          refreshAfterDecision(queryClient, reviewKey);
        },
      },
    );
  }

  return (
    <FormDialog
      title={t('review.returnDialog.title', { unit: unitName })}
      onClose={onClose}
      className="return-form"
      onSubmit={onSubmit}
      intro={<p>{t('review.returnDialog.text', { unit: unitName })}</p>}
      alert={formError && t(`review.errors.${formError}`)}
      submitLabel={t('review.returnDialog.send')}
      pending={send.isPending}
      pendingLabel={t('review.returnDialog.sending')}
      cancelLabel={t('review.returnDialog.cancel')}
    >
      <FormField
        id="return-message"
        label={t('review.returnDialog.message')}
        hint={t('review.returnDialog.messageHint')}
        error={error ? t(`review.errors.${error}`) : undefined}
      >
        {(description) => (
          <textarea
            ref={messageRef}
            id="return-message"
            rows={5}
            required
            maxLength={MESSAGE_MAX}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            // The dialog opens on the user's own click: typing can start at once.
            autoFocus
            {...description}
          />
        )}
      </FormField>
    </FormDialog>
  );
}
