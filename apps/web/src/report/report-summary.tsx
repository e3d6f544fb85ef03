import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format';
import type { ReportFormData } from './types';

/** Why the answers cannot be changed now, or null when they can. */
export function findLockReason(
  form: ReportFormData,
): 'roundClosed' | 'submitted' | 'validated' | null {
  if (form.editable) return null;
  if (form.round.status === 'closed') return 'roundClosed';
  return form.submission.state === 'validated' ? 'validated' : 'submitted';
}

/**
 * The report at a glance: round, deadline, state and progress; ITD's message when it was returned.
 * The state line takes focus after submitting, so the new state is what is read next.
 */
export const ReportSummary = forwardRef<HTMLParagraphElement, { form: ReportFormData }>(
  function ReportSummary({ form }, stateRef) {
    const { t } = useTranslation();
    const { answered, total } = form.progress;
    const lock = findLockReason(form);
    const progressId = `report-progress-${form.round.code}`;
    return (
      <div className="report-summary">
        <dl className="report-facts">
          <div>
            <dt>{t('report.round')}</dt>
            <dd>
              {form.round.code}
              {form.round.status === 'closed' && ` (${t('report.roundClosed')})`}
            </dd>
          </div>
          {form.round.deadline && (
            <div>
              <dt>{t('report.deadline')}</dt>
              <dd>{formatDate(form.round.deadline)}</dd>
            </div>
          )}
        </dl>
        <p ref={stateRef} tabIndex={-1} className="report-state">
          {t('report.stateLabel')}{' '}
          <strong className={`state-badge state-${form.submission.state}`}>
            {t(`report.state.${form.submission.state}`)}
          </strong>
        </p>
        <div className="report-progress">
          <p id={progressId}>{t('report.progress', { answered, total })}</p>
          <progress value={answered} max={Math.max(total, 1)} aria-labelledby={progressId} />
        </div>
        {form.submission.state === 'returned' && (
          <div className="return-box" role="note" aria-labelledby="report-returned-heading">
            <h2 id="report-returned-heading">{t('report.returned.heading')}</h2>
            <p>{form.submission.returnMessage ?? t('report.returned.noMessage')}</p>
          </div>
        )}
        {lock && (
          <p className="report-lock">
            <strong>{t(`report.lock.${lock}`)}</strong> {t('report.lock.readOnly')}
          </p>
        )}
      </div>
    );
  },
);
