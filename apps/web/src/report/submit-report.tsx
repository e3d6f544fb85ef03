import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lockReasonOf, parseApiError } from '../forms/api-error';
import { trpc } from '../trpc';
import { refreshForm, updateCachedForm } from './query';
import type { ReportFormData } from './types';
import { FormAlert } from '../components/form-actions';

type Refusal =
  'incomplete' | 'capacityMissing' | 'changed' | 'submitted' | 'roundClosed' | 'failed';

/** Sends the report to ITD once every capability is answered and the capacity part is saved. */
export function SubmitReport({
  form,
  onSubmitted,
}: {
  form: ReportFormData;
  onSubmitted: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const submit = useMutation(trpc.report.submit.mutationOptions());
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // A ref, not the mutation's state: a double click lands before React re-renders with isPending.
  const pending = useRef(false);
  const round = form.round.code;
  const remaining = form.progress.total - form.progress.answered;
  const version = form.submission.version;
  const ready = remaining === 0 && form.capacitySaved && version !== null;

  const run = () => {
    if (!ready || pending.current) return;
    pending.current = true;
    setRefusal(null);
    submit.mutate(
      { round, version },
      {
        onSettled: () => {
          pending.current = false;
          void refreshForm(queryClient, round);
        },
        onSuccess: (result) => {
          updateCachedForm(queryClient, round, (f) => ({
            ...f,
            editable: false,
            submission: { ...f.submission, state: result.state, version: result.version },
          }));
          onSubmitted();
        },
        onError: (error) => {
          const parsed = parseApiError(error);
          const issues = parsed.kind === 'fields' ? parsed.fields : [];
          const locked = lockReasonOf(parsed);
          if (locked) setRefusal(locked);
          else if (issues.some((i) => i.code === 'incomplete')) setRefusal('incomplete');
          else if (issues.some((i) => i.code === 'capacityMissing')) setRefusal('capacityMissing');
          else if (parsed.kind === 'conflict') setRefusal('changed');
          else setRefusal('failed');
        },
      },
    );
  };

  return (
    <section
      id="submit-report"
      tabIndex={-1}
      className="submit-report"
      aria-labelledby="submit-report-heading"
    >
      <h2 id="submit-report-heading">{t('report.submit.heading')}</h2>
      <p>{t('report.submit.intro')}</p>
      <p className="actions">
        <button
          type="button"
          className={ready ? 'button' : 'button is-unavailable'}
          aria-disabled={!ready || submit.isPending || undefined}
          aria-describedby={ready ? undefined : 'submit-report-reason'}
          onClick={run}
        >
          {submit.isPending ? t('report.submit.sending') : t('report.submit.button')}
        </button>
      </p>
      {!ready && (
        <div id="submit-report-reason" className="field-hint">
          {remaining > 0 && <p>{t('report.submit.remaining', { count: remaining })}</p>}
          {!form.capacitySaved && (
            <p>
              {t('report.submit.capacityMissing')}{' '}
              <Link to="/rapportera/kapacitet" search={{ omgang: round }}>
                {t('report.submit.capacityLink')}
              </Link>
            </p>
          )}
        </div>
      )}
      {refusal && <FormAlert>{t(`report.submit.refused.${refusal}`)}</FormAlert>}
    </section>
  );
}
