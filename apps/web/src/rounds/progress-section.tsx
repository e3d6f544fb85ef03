import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AsOf } from '../components/as-of';
import { FilterBar, Select } from '../components/filters';
import { ScrollTable } from '../components/scroll-table';
import { EmptyState, Loading } from '../components/states';
import { formatDateTime } from '../format';
import { REPORT_STATES, type ReportStateFilter } from '../search';
import { trpc } from '../trpc';
import { filterProgress, summarizeProgress } from './progress-summary';
import type { RoundSummary, UnitProgress } from './types';

/** The selected round's progress: a summary line, a state filter and one row per unit. */
export function ProgressSection({
  round,
  state,
  onStateChange,
}: {
  round: RoundSummary;
  state: ReportStateFilter | undefined;
  onStateChange: (state: ReportStateFilter | undefined) => void;
}) {
  const { t } = useTranslation();
  const progress = useQuery({
    ...trpc.rounds.progress.queryOptions({ round: round.code }),
    placeholderData: keepPreviousData,
  });
  const updating = progress.isPlaceholderData;

  return (
    <section className="section" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('rounds.progressHeading', { round: round.code })}</h2>
      {progress.isPending && <Loading />}
      {progress.isError && (
        <p role="alert" className="form-alert">
          {t('state.errorText')}{' '}
          <button
            type="button"
            className="button-secondary"
            onClick={() => void progress.refetch()}
          >
            {t('state.retry')}
          </button>
        </p>
      )}
      {progress.data && (
        <>
          <ProgressSummaryLine units={progress.data.units} asOf={progress.data.asOf} />
          <FilterBar>
            <Select
              label={t('rounds.filterState')}
              value={state ?? ''}
              options={[
                { value: '', label: t('rounds.allStates') },
                ...REPORT_STATES.map((s) => ({ value: s, label: t(`rounds.state.${s}`) })),
              ]}
              onChange={(v) => onStateChange(REPORT_STATES.find((s) => s === v))}
            />
          </FilterBar>
          {updating && <Loading label={t('state.updating')} />}
          <div aria-busy={updating}>
            <ProgressTable
              round={round}
              units={filterProgress(progress.data.units, state)}
              filtered={state !== undefined}
            />
          </div>
        </>
      )}
    </section>
  );
}

function ProgressSummaryLine({
  units,
  asOf,
}: {
  units: readonly UnitProgress[];
  asOf: { today: string; fixed: boolean };
}) {
  const { t } = useTranslation();
  const summary = summarizeProgress(units);
  return (
    <>
      <p className="section-summary progress-summary">
        {t('rounds.summary', {
          submitted: summary.submitted,
          total: summary.total,
          validated: t('rounds.summaryValidated', { count: summary.validated }),
          returned: t('rounds.summaryReturned', { count: summary.returned }),
          late: t('rounds.summaryLate', { count: summary.late }),
        })}
      </p>
      <p className="as-of-note">
        <AsOf day={asOf} />
      </p>
    </>
  );
}

function ProgressTable({
  round,
  units,
  filtered,
}: {
  round: RoundSummary;
  units: readonly UnitProgress[];
  filtered: boolean;
}) {
  const { t } = useTranslation();
  if (units.length === 0) {
    return <EmptyState>{filtered ? t('rounds.emptyFiltered') : t('rounds.emptyUnits')}</EmptyState>;
  }
  return (
    <ScrollTable label={t('rounds.progressScrollLabel')}>
      <table className="data-table progress-table">
        <caption>
          {filtered
            ? t('rounds.progressCaptionFiltered', { round: round.code })
            : t('rounds.progressCaption', { round: round.code })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('rounds.col.unit')}</th>
            <th scope="col">{t('rounds.col.state')}</th>
            <th scope="col" className="num">
              {t('rounds.col.answered')}
            </th>
            <th scope="col">{t('rounds.col.submittedAt')}</th>
            <th scope="col">{t('rounds.col.late')}</th>
            <th scope="col">{t('rounds.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.unitSlug} data-late={unit.late || undefined}>
              <th scope="row">{unit.unitName}</th>
              <td>
                <span className={`report-state report-state-${unit.state}`}>
                  {t(`rounds.state.${unit.state}`)}
                </span>
              </td>
              <td className="num">
                {t('rounds.answered', { answered: unit.answered, total: unit.total })}
              </td>
              <td className="nowrap">
                {unit.submittedAt ? formatDateTime(unit.submittedAt) : '–'}
              </td>
              <td>{unit.late ? <strong className="late-tag">{t('rounds.late')}</strong> : ''}</td>
              <td>
                <ReviewLink round={round.code} unit={unit} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** "Granska" where the report waits for ITD; "Visa" where there is a decision to look back on. */
function ReviewLink({ round, unit }: { round: string; unit: UnitProgress }) {
  const { t } = useTranslation();
  const label =
    unit.state === 'submitted'
      ? t('rounds.review')
      : unit.state === 'validated' || unit.state === 'returned'
        ? t('rounds.view')
        : null;
  if (!label) return null;
  return (
    <Link to="/granska/$round/$unit" params={{ round, unit: unit.unitSlug }}>
      {label}
      <span className="visually-hidden"> {unit.unitName}</span>
    </Link>
  );
}
