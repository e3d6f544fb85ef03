import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../auth/session';
import { usePageTitle } from '../components/page-title';
import { ScrollTable } from '../components/scroll-table';
import { EmptyState, PageError, PageLoading } from '../components/states';
import { formatDateTime } from '../format';
import { findNextDraftYear, sortEditions } from '../plan/plan-helpers';
import { trpc } from '../trpc';
// Imported here, not in styles.css, so the styles load with this lazy route and not the first page.
import '../styles/plan.css';

/** The yearly plans, newest first; ITD starts the next year's draft here. */
export function PlanPage() {
  const { t } = useTranslation();
  const user = useSessionUser().data;
  const editions = useQuery(trpc.plan.editions.queryOptions());
  const day = useQuery(trpc.calendar.day.queryOptions());
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(trpc.plan.create.mutationOptions());
  const [failed, setFailed] = useState(false);
  usePageTitle(t('plan.title'));

  if (editions.isPending || day.isPending) return <PageLoading title={t('plan.title')} />;
  if (editions.isError || day.isError) {
    return (
      <PageError
        error={editions.error ?? day.error}
        retry={() => void Promise.all([editions.refetch(), day.refetch()])}
        round={undefined}
        latestLink={null}
      />
    );
  }
  const list = sortEditions(editions.data);
  const nextYear = findNextDraftYear(list, day.data.today);

  function createDraft() {
    if (create.isPending) return;
    setFailed(false);
    create.mutate(
      { year: nextYear },
      {
        onSuccess: (created) => {
          void queryClient.invalidateQueries({ queryKey: trpc.plan.pathKey() });
          void navigate({ to: '/plan/$year', params: { year: String(created.year) } });
        },
        onError: () => setFailed(true),
      },
    );
  }

  return (
    <div className="page plan-page">
      <h1>{t('plan.title')}</h1>
      <p className="page-intro">{t('plan.intro')}</p>
      {user?.role === 'itd' && (
        <p className="plan-controls">
          <button
            type="button"
            className="button"
            onClick={createDraft}
            aria-disabled={create.isPending || undefined}
          >
            {create.isPending
              ? t('plan.editions.creating')
              : t('plan.editions.create', { year: nextYear })}
          </button>
        </p>
      )}
      {failed && (
        <p role="alert" className="form-alert">
          {t('plan.editions.createFailed')}
        </p>
      )}
      <section aria-labelledby="plan-editions-heading" className="section">
        <h2 id="plan-editions-heading">{t('plan.editions.heading')}</h2>
        {list.length === 0 ? (
          <EmptyState>{t('plan.editions.empty')}</EmptyState>
        ) : (
          <ScrollTable label={t('plan.editions.caption')}>
            <table className="data-table plan-editions">
              <caption>{t('plan.editions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.editions.colYear')}</th>
                  <th scope="col">{t('plan.editions.colStatus')}</th>
                  <th scope="col">{t('plan.editions.colBasis')}</th>
                  <th scope="col">{t('plan.editions.colPublished')}</th>
                  <th scope="col">{t('plan.editions.colChanged')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((e) => (
                  <tr key={e.year} data-year={e.year}>
                    <th scope="row">
                      <Link to="/plan/$year" params={{ year: String(e.year) }}>
                        {t('plan.edition.heading', { year: e.year })}
                      </Link>
                    </th>
                    <td>{t(`plan.status.${e.status}`)}</td>
                    <td>
                      {e.status === 'draft'
                        ? t('plan.editions.basisLatest')
                        : (e.basisRound ?? t('plan.editions.basisNone'))}
                    </td>
                    <td>
                      {e.publishedAt
                        ? t('plan.editions.publishedBy', {
                            date: formatDateTime(e.publishedAt),
                            name: e.publishedBy ?? '',
                          })
                        : t('plan.editions.notPublished')}
                    </td>
                    <td>
                      {t('plan.editions.changedBy', {
                        date: formatDateTime(e.updatedAt),
                        name: e.updatedBy,
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
    </div>
  );
}
