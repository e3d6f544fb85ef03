import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../auth/session';
import { usePageTitle } from '../components/page-title';
import { EmptyState } from '../components/states';
import { QueryState } from '../components/query-state';
import { Announcement } from '../components/announcement';
import {
  filterFactors,
  type FactorFilter,
  findPreviousRound,
  listTopFactors,
  summariseFactors,
} from '../factors/describe';
import { FactorFormDialog } from '../factors/factor-form-dialog';
import { FactorMatrix } from '../factors/factor-matrix';
import { FactorsFilters } from '../factors/factors-filters';
import { FactorsTable } from '../factors/factors-table';
import { TopFactors } from '../factors/top-factors';
import { TrendSection } from '../factors/trend-section';
import type { FactorData } from '../factors/types';
import { trpc } from '../trpc';
// Imported here, not in styles.css, so the styles load with this lazy route and not the first page.
import '../styles/factors.css';

const route = getRouteApi('/faktorer');

/** Q5: the critical factors for carrying out the plan; everyone reads, ITD keeps the register. */
export function FactorsPage() {
  const { t } = useTranslation();
  const user = useSessionUser().data;
  const register = useQuery(trpc.factors.register.queryOptions());
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filter: FactorFilter = { kind: search.typ ?? '', status: search.status ?? '' };
  // Filters live in the address so a filtered view can be shared and survives a reload.
  const setFilter = (next: FactorFilter) =>
    void navigate({
      search: { typ: next.kind || undefined, status: next.status || undefined },
      replace: true,
      resetScroll: false,
    });
  const [editing, setEditing] = useState<{ factor: FactorData | null } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  usePageTitle(t('factors.title'));

  if (!register.isSuccess) return <QueryState query={register} title={t('factors.title')} />;
  const data = register.data;
  const isItd = user?.role === 'itd';
  const top = listTopFactors(data);
  const previous = findPreviousRound(data);
  const closed = data.factors.filter((f) => f.status === 'closed').length;
  const shown = filterFactors(data.factors, filter);
  // Only ITD reads the open round's scores (the audience rule); they are preliminary until it closes.
  const preliminary = data.rounds.find((r) => r.code === data.currentRound)?.status === 'open';

  return (
    <div className="page factors-page">
      <h1>{t('factors.title')}</h1>
      <p className="page-intro">{t('factors.intro')}</p>
      <p className="factors-summary" data-testid="factors-summary">
        {summariseFactors(t, data)}
        {closed > 0 && <> {t('factors.summary.closed', { count: closed })}</>}
      </p>
      {preliminary && (
        <p className="form-hint" data-testid="factors-preliminary">
          {t('factors.preliminary', { round: data.currentRound })}
        </p>
      )}
      <Announcement text={announcement} />
      <p className="factors-actions">
        {isItd && (
          <button type="button" className="button" onClick={() => setEditing({ factor: null })}>
            {t('factors.new')}
          </button>
        )}
        <a className="button-secondary" href="/export/faktorer.xlsx" download>
          {t('factors.download')}
        </a>
      </p>

      {data.factors.length > 0 && (
        <>
          <FactorMatrix factors={data.factors} />
          {top.length > 0 && data.currentRound && (
            <TopFactors top={top} round={data.currentRound} previous={previous ?? '–'} />
          )}
          {top.length > 0 && <TrendSection top={top} rounds={data.rounds} />}
        </>
      )}

      <section aria-labelledby="factors-register-heading" className="section">
        <h2 id="factors-register-heading">{t('factors.register.heading')}</h2>
        <FactorsFilters filter={filter} onChange={setFilter} />
        <p className="factors-count" aria-live="polite">
          {t('factors.register.count', { shown: shown.length, total: data.factors.length })}
        </p>
        {shown.length === 0 ? (
          <EmptyState>{t('factors.register.empty')}</EmptyState>
        ) : (
          <FactorsTable
            factors={shown}
            onEdit={isItd ? (factor) => setEditing({ factor }) : null}
          />
        )}
      </section>

      {editing && (
        <FactorFormDialog
          factor={editing.factor}
          register={data}
          onClose={() => setEditing(null)}
          onSaved={setAnnouncement}
        />
      )}
    </div>
  );
}
