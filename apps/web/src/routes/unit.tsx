import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/page-title';
import { RoundSections } from '../components/round-sections';
import { PageError, PageLoading } from '../components/states';
import { UnitCapabilities } from '../components/unit-capabilities';
import { UnitProfile, UnitStanding } from '../components/unit-profile';
import { trpc } from '../trpc';

const route = getRouteApi('/enhet/$slug');

/** One unit (förvaltning or ITD): its profile against the city, strengths, weaknesses, capabilities. */
export function UnitPage() {
  const { t } = useTranslation();
  const { slug } = route.useParams();
  const { omgang } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery({
    ...trpc.maturity.unit.queryOptions({ slug, round: omgang }),
    placeholderData: (previous) => (previous?.unit.slug === slug ? previous : undefined),
  });
  const ids = { profile: useId(), standing: useId(), capabilities: useId() };
  usePageTitle(query.data?.unit.name ?? t('unit.title'));

  if (query.isPending) return <PageLoading title={t('unit.title')} />;
  if (query.isError) {
    return (
      <PageError
        error={query.error}
        retry={() => void query.refetch()}
        round={omgang}
        notFound={{ title: t('unit.notFoundTitle'), text: t('unit.notFoundText', { slug }) }}
        latestLink={
          <Link to="/enhet/$slug" params={{ slug }} search={{}}>
            {t('state.showLatest')}
          </Link>
        }
      />
    );
  }

  const view = query.data;
  const updating = query.isPlaceholderData;
  return (
    <div className="page">
      <nav aria-label={t('app.breadcrumbs')} className="breadcrumbs">
        <Link to="/" search={{ omgang, enhet: slug }}>
          {t('nav.overview')}
        </Link>
      </nav>
      <h1>{view.unit.name}</h1>
      <p className="lead">{t('unit.board', { board: view.unit.board })}</p>
      <RoundSections
        rounds={view.rounds}
        selected={omgang ?? view.round}
        onSelect={(round) =>
          void navigate({ search: { omgang: round }, replace: true, resetScroll: false })
        }
        updating={updating}
      >
        <UnitProfile view={view} headingId={ids.profile} />
        <UnitStanding view={view} headingId={ids.standing} />
        <UnitCapabilities view={view} roundParam={omgang} headingId={ids.capabilities} />
      </RoundSections>
    </div>
  );
}
