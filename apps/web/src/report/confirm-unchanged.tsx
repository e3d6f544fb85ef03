import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../format';
import { trpc } from '../trpc';
import { lockReasonOf, parseApiError } from '../forms/api-error';
import { refreshForm, updateCachedForm } from './query';
import { isUnconfirmedPrefill } from './report-values';
import type { ReportFormData } from './types';
import { PendingButton } from '../components/form-actions';

type Outcome =
  | { kind: 'done'; confirmed: number; skipped: string[] }
  | { kind: 'stale' }
  | { kind: 'locked'; reason: 'submitted' | 'roundClosed' }
  | { kind: 'failed' };

/** "Still true": every card carried over from last round confirmed in one step. */
export function ConfirmUnchanged({ form }: { form: ReportFormData }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const confirm = useMutation(trpc.report.confirmUnchanged.mutationOptions());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const pending = useRef(false);
  const round = form.round.code;
  const count = form.items.filter(isUnconfirmedPrefill).length;
  // Every unconfirmed card goes along; those with nothing carried over come back as skipped.
  const unconfirmed = form.items.filter((i) => !i.confirmed);
  if (count === 0 && outcome === null) return null;

  const nameOf = (code: string) =>
    form.items.find((i) => i.capabilityCode === code)?.capabilityName ?? code;

  const run = () => {
    if (pending.current || count === 0) return;
    pending.current = true;
    setOutcome(null);
    confirm.mutate(
      {
        round,
        items: unconfirmed.map((i) => ({ capabilityCode: i.capabilityCode, version: i.version })),
      },
      {
        onSettled: () => {
          pending.current = false;
          void refreshForm(queryClient, round);
        },
        onSuccess: (result) => {
          updateCachedForm(queryClient, round, (f) => ({ ...f, progress: result.progress }));
          setOutcome({
            kind: 'done',
            confirmed: result.confirmed.length,
            skipped: result.skipped.map(nameOf),
          });
        },
        onError: (error) => {
          const parsed = parseApiError(error);
          const locked = lockReasonOf(parsed);
          if (locked) setOutcome({ kind: 'locked', reason: locked });
          // These cards changed since the page read them.
          else if (parsed.kind === 'conflict' && Array.isArray(parsed.details.stale))
            setOutcome({ kind: 'stale' });
          else setOutcome({ kind: 'failed' });
        },
      },
    );
  };

  return (
    <section className="confirm-unchanged" aria-labelledby="confirm-unchanged-heading">
      <h2 id="confirm-unchanged-heading">{t('report.confirm.heading')}</h2>
      <p>{t('report.confirm.intro', { round: form.previousRoundCode ?? '' })}</p>
      {count > 0 && (
        <p className="actions">
          <PendingButton
            pending={confirm.isPending}
            label={t('report.confirm.button', { count })}
            onClick={run}
          />
        </p>
      )}
      <div aria-live="polite" className="confirm-outcome">
        {outcome?.kind === 'done' && (
          <>
            <p>{t('report.confirm.done', { count: outcome.confirmed })}</p>
            {outcome.skipped.length > 0 && (
              <p>
                {t('report.confirm.skipped', {
                  count: outcome.skipped.length,
                  names: formatList(outcome.skipped),
                })}
              </p>
            )}
          </>
        )}
        {outcome?.kind === 'stale' && <p className="form-alert">{t('report.confirm.stale')}</p>}
        {outcome?.kind === 'locked' && (
          <p className="form-alert">{t(`report.locked.${outcome.reason}`)}</p>
        )}
        {outcome?.kind === 'failed' && <p className="form-alert">{t('report.errors.failed')}</p>}
      </div>
    </section>
  );
}
