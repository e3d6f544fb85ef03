import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaTrends } from '../components/area-trends';
import { CapabilitySpreads } from '../components/capability-spreads';
import { FilterBar, RoundSelect, Select } from '../components/filters';
import { Heatmap } from '../components/heatmap';
import { usePageTitle } from '../components/page-title';
import { ValidationGaps } from '../components/validation-gaps';
import { Loading, PageError, PageLoading } from '../components/states';
import { describeAreaMovement } from '../summaries';
import { BASIS_PARAMS } from '../search';
import { trpc } from '../trpc';

const route = getRouteApi('/');

/** The board's view of Q1: movement per area over time, units × areas now, and every capability. */
export function OverviewPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery({
    ...trpc.maturity.overview.queryOptions({
      round: search.omgang,
      basis: search.grund ? BASIS_PARAMS[search.grund] : undefined,
    }),
    placeholderData: keepPreviousData,
  });
  const ids = { trends: useId(), heatmap: useId(), capabilities: useId(), gaps: useId() };
  usePageTitle(t('overview.title'));

  if (query.isPending) return <PageLoading title={t('overview.heading')} />;
  if (query.isError) {
    return (
      <PageError
        error={query.error}
        retry={() => void query.refetch()}
        round={search.omgang}
        latestLink={
          <Link to="/" search={(prev) => ({ ...prev, omgang: undefined })}>
            {t('state.showLatest')}
          </Link>
        }
      />
    );
  }

  const data = query.data;
  const onlyArea = data.areas.find((a) => a.code === search.omrade) ?? null;
  const highlighted = data.units.find((u) => u.slug === search.enhet) ?? null;
  const lead = describeAreaMovement(t, data.areas, data.trends, data.round);
  const updating = query.isPlaceholderData;

  return (
    <div className="page">
      <h1>{t('overview.heading')}</h1>
      <p className="page-intro">
        {t('overview.intro', { org: data.organisation.name, round: data.round })} {t('scale.note')}
      </p>
      {lead && <p className="lead">{lead}</p>}

      <FilterBar>
        <RoundSelect
          rounds={data.rounds}
          selected={search.omgang ?? data.round}
          onChange={(omgang) =>
            void navigate({
              search: (prev) => ({ ...prev, omgang }),
              replace: true,
              resetScroll: false,
            })
          }
        />
        <Select
          label={t('filters.area')}
          value={onlyArea?.code ?? ''}
          options={[
            { value: '', label: t('filters.allAreas') },
            ...data.areas.map((a) => ({ value: a.code, label: a.name })),
          ]}
          onChange={(v) =>
            void navigate({
              search: (prev) => ({ ...prev, omrade: v || undefined }),
              replace: true,
              resetScroll: false,
            })
          }
        />
        <Select
          label={t('filters.basis')}
          value={search.grund ?? ''}
          options={[
            { value: '', label: t('filters.basisOptions.effective') },
            { value: 'sjalv', label: t('filters.basisOptions.self') },
            { value: 'validerad', label: t('filters.basisOptions.validated') },
          ]}
          onChange={(v) =>
            void navigate({
              search: (prev) => ({
                ...prev,
                grund: v === 'sjalv' || v === 'validerad' ? v : undefined,
              }),
              replace: true,
              resetScroll: false,
            })
          }
        />
        <Select
          label={t('filters.unit')}
          value={highlighted?.slug ?? ''}
          options={[
            { value: '', label: t('filters.noUnit') },
            ...data.units.map((u) => ({ value: u.slug, label: u.name })),
          ]}
          onChange={(v) =>
            void navigate({
              search: (prev) => ({ ...prev, enhet: v || undefined }),
              replace: true,
              resetScroll: false,
            })
          }
        />
      </FilterBar>
      {highlighted && (
        <p className="filter-note">
          <Link
            to="/enhet/$slug"
            params={{ slug: highlighted.slug }}
            search={{ omgang: search.omgang }}
          >
            {t('filters.showUnit', { unit: highlighted.name })}
          </Link>
        </p>
      )}
      {updating && <Loading label={t('state.updating')} />}

      <div className="page-sections" aria-busy={updating}>
        <AreaTrends
          areas={data.areas}
          trends={data.trends}
          round={data.round}
          onlyArea={onlyArea}
          headingId={ids.trends}
        />
        <Heatmap
          overview={data}
          highlight={highlighted?.slug}
          roundParam={search.omgang}
          headingId={ids.heatmap}
        />
        <CapabilitySpreads
          overview={data}
          onlyArea={onlyArea}
          roundParam={search.omgang}
          headingId={ids.capabilities}
        />
        <ValidationGaps overview={data} roundParam={search.omgang} headingId={ids.gaps} />
      </div>
    </div>
  );
}
