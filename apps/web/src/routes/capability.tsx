import type { CapabilityData as CapabilityView } from '../api-types';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CapabilityRatings } from '../components/capability-ratings';
import { ChangeHistory } from '../components/change-history';
import { TrendLegend } from '../components/chart-legend';
import { SpreadTable } from '../components/data-tables';
import { TrendChart } from '../components/lazy-charts';
import { usePageTitle } from '../components/page-title';
import { RoundSections } from '../components/round-sections';
import { EmptyState, PageError, PageLoading } from '../components/states';
import { describeSeries } from '../summaries';
import { trpc } from '../trpc';
import { Section } from '../components/section';

const route = getRouteApi('/formaga/$code');

/** One capability: what each level means, its spread over time, each unit's rating and what changed. */
export function CapabilityPage() {
  const { t } = useTranslation();
  const { code } = route.useParams();
  const { omgang } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery({
    ...trpc.maturity.capability.queryOptions({ code, round: omgang }),
    // Keep the page while another round loads, never another capability's page.
    placeholderData: (previous) => (previous?.capability.code === code ? previous : undefined),
  });
  const ids = { levels: useId(), spread: useId(), ratings: useId(), history: useId() };
  usePageTitle(query.data?.capability.name ?? t('capability.title'));

  if (query.isPending) return <PageLoading title={t('capability.title')} />;
  if (query.isError) {
    return (
      <PageError
        error={query.error}
        retry={() => void query.refetch()}
        round={omgang}
        notFound={{
          title: t('capability.notFoundTitle'),
          text: t('capability.notFoundText', { code }),
        }}
        latestLink={
          <Link to="/formaga/$code" params={{ code }} search={{}}>
            {t('state.showLatest')}
          </Link>
        }
      />
    );
  }

  const view = query.data;
  const area = view.areas.find((a) => a.code === view.capability.areaCode);
  const updating = query.isPlaceholderData;

  return (
    <div className="page">
      <nav aria-label={t('app.breadcrumbs')} className="breadcrumbs">
        <Link to="/" search={{ omgang }}>
          {t('nav.overview')}
        </Link>
        {area && (
          <>
            <span aria-hidden="true"> › </span>
            <Link to="/" search={{ omgang, omrade: area.code }}>
              {area.name}
            </Link>
          </>
        )}
      </nav>
      <h1>{view.capability.name}</h1>
      <p className="lead">{view.capability.description}</p>
      {area && (
        <p className="meta">
          {t('capability.area')}: {area.name}
        </p>
      )}
      <RoundSections
        rounds={view.rounds}
        selected={omgang ?? view.round}
        onSelect={(round) =>
          void navigate({ search: { omgang: round }, replace: true, resetScroll: false })
        }
        updating={updating}
      >
        <Levels view={view} headingId={ids.levels} />
        <SpreadSection view={view} headingId={ids.spread} />
        <CapabilityRatings view={view} roundParam={omgang} headingId={ids.ratings} />
        <ChangeHistory view={view} headingId={ids.history} />
      </RoundSections>
    </div>
  );
}

function Levels({ view, headingId }: { view: CapabilityView; headingId: string }) {
  const { t } = useTranslation();
  return (
    <Section headingId={headingId} heading={t('capability.levelsHeading')}>
      <ol className="levels">
        {view.levels.map((l) => (
          <li key={l.level} value={l.level}>
            <span className="level-badge" aria-hidden="true">
              {l.level}
            </span>
            <div>
              <strong>
                <span className="visually-hidden">{l.level} </span>
                {l.name}
              </strong>
              <p>{l.descriptor}</p>
            </div>
          </li>
        ))}
      </ol>
    </Section>
  );
}

function SpreadSection({ view, headingId }: { view: CapabilityView; headingId: string }) {
  const { t } = useTranslation();
  const name = view.capability.name;
  const points = view.spreadByRound;
  const summary = describeSeries(t, name, points, view.round);
  const hasData = points.some((p) => p.spread !== null);
  return (
    <Section headingId={headingId} heading={t('capability.spreadHeading')}>
      <p className="section-intro">{t('capability.spreadIntro')}</p>
      <p className="chart-summary">{summary}</p>
      {hasData ? (
        <div className="card">
          <TrendLegend />
          <TrendChart
            points={points}
            selectedRound={view.round}
            height={280}
            label={t('capability.chartLabel', {
              name,
              first: points[0]?.roundCode ?? '',
              last: points.at(-1)?.roundCode ?? '',
              summary,
            })}
          />
          <details className="table-disclosure">
            <summary>{t('chart.showTable')}</summary>
            <SpreadTable
              caption={t('capability.tableCaption', { name })}
              points={points}
              selectedRound={view.round}
              showNotApplicable
            />
          </details>
        </div>
      ) : (
        <EmptyState>{t('summary.none', { name })}</EmptyState>
      )}
    </Section>
  );
}
