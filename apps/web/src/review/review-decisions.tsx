import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../trpc';
import { refreshAfterDecision, type ReviewKey } from './cache';
import { ReturnDialog } from './return-dialog';
import type { ReviewForm } from './types';
import { formErrorOf, type ReviewFormError } from './validation-draft';

/**
 * ITD's decisions on the whole report: take the unit's remaining ratings as they are, approve, or
 * send it back. Only while the round is open and the report is with ITD.
 */
export function ReviewDecisions({
  reviewKey,
  form,
  remaining,
  onDone,
}: {
  reviewKey: ReviewKey;
  form: ReviewForm;
  /** Applicable capabilities without a validated rating. */
  remaining: number;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const accept = useMutation(trpc.review.acceptSelfRatings.mutationOptions());
  const approve = useMutation(trpc.review.approve.mutationOptions());
  const [error, setError] = useState<ReviewFormError | null>(null);
  const [returning, setReturning] = useState(false);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const { state, version } = form.submission;
  const submitted = state === 'submitted';
  const busy = accept.isPending || approve.isPending;

  function fail(failure: unknown) {
    setError(formErrorOf(failure));
    // A stale version or a changed state: show what is true now.
    refreshAfterDecision(queryClient, reviewKey);
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  function acceptRemaining() {
    if (busy || version === null) return;
    setError(null);
    accept.mutate(
      { ...reviewKey, version },
      {
        onSuccess: ({ accepted }) => {
          refreshAfterDecision(queryClient, reviewKey);
          onDone(t('review.decisions.accepted', { count: accepted }));
        },
        onError: fail,
      },
    );
  }

  function approveReport() {
    if (busy || version === null) return;
    setError(null);
    approve.mutate(
      { ...reviewKey, version },
      {
        onSuccess: () => {
          refreshAfterDecision(queryClient, reviewKey);
          onDone(t('review.decisions.approved', { unit: form.unit.name }));
        },
        onError: fail,
      },
    );
  }

  if (form.round.status !== 'open' || (!submitted && state !== 'validated')) return null;

  return (
    <section className="section review-decisions" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('review.decisions.heading')}</h2>
      {error && (
        <p ref={alertRef} role="alert" tabIndex={-1} className="form-alert">
          {t(`review.errors.${error}`)}
        </p>
      )}
      {submitted && (
        <p>
          {remaining === 0
            ? t('review.decisions.allValidated')
            : t('review.decisions.remaining', { count: remaining })}
        </p>
      )}
      <p className="actions">
        {submitted && (
          <button
            type="button"
            className="button-secondary"
            aria-disabled={busy || remaining === 0 || undefined}
            onClick={() => remaining > 0 && acceptRemaining()}
          >
            {t('review.decisions.accept')}
          </button>
        )}
        {submitted && (
          <button
            type="button"
            className="button"
            aria-disabled={busy || undefined}
            onClick={approveReport}
          >
            {approve.isPending ? t('review.decisions.approving') : t('review.decisions.approve')}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={() => setReturning(true)}>
          {t('review.decisions.return')}
        </button>
      </p>
      {returning && version !== null && (
        <ReturnDialog
          reviewKey={reviewKey}
          unitName={form.unit.name}
          version={version}
          onClose={() => setReturning(false)}
          onReturned={onDone}
        />
      )}
    </section>
  );
}
