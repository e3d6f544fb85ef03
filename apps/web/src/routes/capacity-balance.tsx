import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../components/filters';
import { usePageTitle } from '../components/page-title';
import { Loading, PageError, PageLoading } from '../components/states';
import { BalanceSection } from '../planning/balance-section';
import { horizonOf } from '../planning/horizon';
import { HorizonFilter } from '../planning/horizon-filter';
import { PlanningNav } from '../planning/planning-nav';
import { RequirementGaps } from '../planning/requirement-gaps';
import { trpc } from '../trpc';
import '../styles/planning.css';

const route = getRouteApi('/planering/kapacitet');

/** Q2: capacity against what operations require and what the investments would need. */
export function CapacityBalancePage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const asked = horizonOf(search);
  const scenarios = useQuery(trpc.planning.scenarios.queryOptions({ horizon: asked }));
  const balance = useQuery({
    ...trpc.planning.capacityBalance.queryOptions({
      horizon: asked,
      scenario: search.scenario ?? null,
    }),
    placeholderData: keepPreviousData,
  });
  const ids = { balance: useId(), gaps: useId() };
  usePageTitle(t('planning.balance.title'));

  if (balance.isPending) return <PageLoading title={t('planning.balance.title')} />;
  if (balance.isError) {
    return (
      <PageError
        error={balance.error}
        retry={() => void balance.refetch()}
        round={undefined}
        latestLink={null}
      />
    );
  }
  const horizon = balance.data.horizon;
  const all = scenarios.data?.scenarios ?? [];
  const chosen = all.find((s) => s.scenario.code === search.scenario) ?? null;
  const change = (next: { fran?: number; till?: number; scenario?: string }) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true, resetScroll: false });
  return (
    <div className="page">
      <h1>{t('planning.balance.title')}</h1>
      <PlanningNav />
      <p className="page-intro">{t('planning.balance.pageIntro')}</p>
      <HorizonFilter horizon={horizon} asOf={balance.data.asOf} onChange={change}>
        <Select
          label={t('planning.balance.withScenario')}
          value={search.scenario ?? ''}
          options={[
            { value: '', label: t('planning.balance.unitsOnly') },
            ...all.map((s) => ({ value: s.scenario.code, label: s.scenario.name })),
          ]}
          onChange={(v) => change({ scenario: v || undefined })}
        />
      </HorizonFilter>
      {balance.isPlaceholderData && <Loading label={t('state.updating')} />}
      <div className="page-sections" aria-busy={balance.isPlaceholderData}>
        <BalanceSection
          data={balance.data}
          scenarioName={chosen?.scenario.name ?? null}
          headingId={ids.balance}
        />
        <RequirementGaps data={balance.data} headingId={ids.gaps} />
      </div>
    </div>
  );
}
