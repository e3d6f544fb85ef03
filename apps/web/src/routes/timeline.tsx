import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Select } from '../components/filters';
import { usePageTitle } from '../components/page-title';
import { Loading, PageError, PageLoading } from '../components/states';
import { horizonOf } from '../planning/horizon';
import { HorizonFilter } from '../planning/horizon-filter';
import { PlanningNav } from '../planning/planning-nav';
import { TimelineTable } from '../planning/timeline-table';
import { trpc } from '../trpc';
import '../styles/planning.css';

const route = getRouteApi('/planering/tidslinje');

/** When each need of a scenario is worked on and runs, and what it waits for. */
export function TimelinePage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const asked = horizonOf(search);
  const scenarios = useQuery({
    ...trpc.planning.scenarios.queryOptions({ horizon: asked }),
    placeholderData: keepPreviousData,
  });
  const register = useQuery(trpc.planning.needs.queryOptions());
  usePageTitle(t('planning.timeline.title'));

  if (scenarios.isPending || register.isPending) {
    return <PageLoading title={t('planning.timeline.heading')} />;
  }
  if (scenarios.isError || register.isError) {
    return (
      <PageError
        error={scenarios.error ?? register.error}
        retry={() => void Promise.all([scenarios.refetch(), register.refetch()])}
        round={undefined}
        latestLink={null}
      />
    );
  }
  const horizon = scenarios.data.horizon;
  const all = scenarios.data.scenarios;
  const chosen = all.find((s) => s.scenario.code === search.scenario) ?? all.at(-1);
  const change = (next: { fran?: number; till?: number; scenario?: string }) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true, resetScroll: false });
  return (
    <div className="page">
      <h1>{t('planning.timeline.heading')}</h1>
      <PlanningNav />
      <p className="page-intro">{t('planning.timeline.intro')}</p>
      <HorizonFilter horizon={horizon} asOf={scenarios.data.asOf} onChange={change}>
        <Select
          label={t('planning.filters.scenario')}
          value={chosen?.scenario.code ?? ''}
          options={all.map((s) => ({ value: s.scenario.code, label: s.scenario.name }))}
          onChange={(scenario) => change({ scenario })}
        />
      </HorizonFilter>
      {scenarios.isPlaceholderData && <Loading label={t('state.updating')} />}
      {chosen ? (
        <TimelineTable outcome={chosen.outcome} register={register.data.needs} horizon={horizon} />
      ) : (
        <p>{t('planning.timeline.noScenario')}</p>
      )}
    </div>
  );
}
