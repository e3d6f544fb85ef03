import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isForbidden } from '../forms/api-error';
import { useSessionUser } from '../auth/session';
import { usePageTitle } from '../components/page-title';
import { PageError, PageLoading, PageMessage } from '../components/states';
import { formatDateTime } from '../format';
import { PlanningNav } from '../planning/planning-nav';
import { ScenarioForm } from '../scenario-edit/scenario-form';
import { trpc } from '../trpc';
// Imported here, not in styles.css, so the styles load with this lazy route and not the first page.
import '../styles/planning.css';
import '../styles/needs.css';

const route = getRouteApi('/planering/scenario/$code');

/** The address of the form for a new scenario. */
const NEW_SCENARIO = 'ny';

/** ITD edits a scenario (or makes a new one at /planering/scenario/ny); anyone else is told plainly. */
export function ScenarioEditPage() {
  const user = useSessionUser().data;
  // The layout shows this page only to a signed-in user, so `user` is known here.
  if (user?.role !== 'itd') return <ScenarioForbidden />;
  return <ScenarioEditor />;
}

function ScenarioForbidden() {
  const { t } = useTranslation();
  return (
    <PageMessage title={t('scenarioEdit.titleShort')}>
      <p className="lead">{t('scenarioEdit.forbidden')}</p>
      <p>
        <Link to="/planering">{t('scenarioEdit.toScenarios')}</Link>
      </p>
    </PageMessage>
  );
}

function ScenarioEditor() {
  const { t } = useTranslation();
  const { code } = route.useParams();
  const comparison = useQuery(trpc.planning.scenarios.queryOptions({}));
  const register = useQuery(trpc.planning.needs.queryOptions());
  const entry = comparison.data?.scenarios.find((s) => s.scenario.code === code) ?? null;
  const isNew = code === NEW_SCENARIO;
  const title = isNew
    ? t('scenarioEdit.newTitle')
    : t('scenarioEdit.title', { name: entry?.scenario.name ?? code });
  usePageTitle(title);

  if (comparison.isPending || register.isPending) return <PageLoading title={title} />;
  if (comparison.isError || register.isError) {
    const error = comparison.error ?? register.error;
    if (isForbidden(error)) return <ScenarioForbidden />;
    return (
      <PageError
        error={error}
        retry={() => {
          void comparison.refetch();
          void register.refetch();
        }}
        round={undefined}
        latestLink={null}
      />
    );
  }
  if (!entry && !isNew) {
    return (
      <PageMessage title={t('scenarioEdit.notFoundTitle')}>
        <p>{t('scenarioEdit.notFound', { code })}</p>
        <p>
          <Link to="/planering">{t('scenarioEdit.toScenarios')}</Link>
        </p>
      </PageMessage>
    );
  }

  return (
    <div className="page scenario-edit-page">
      <h1>{title}</h1>
      <PlanningNav />
      <p className="page-intro">{t('scenarioEdit.intro')}</p>
      {entry && (
        <p className="field-hint">
          {t('scenarioEdit.lastSaved', {
            who: entry.updatedBy,
            when: formatDateTime(entry.updatedAt),
          })}
        </p>
      )}
      <ScenarioForm
        // A new scenario gets its own address once saved: the form starts again from what was saved.
        key={entry ? `${entry.scenario.code}` : NEW_SCENARIO}
        entry={entry}
        comparison={comparison.data}
        needs={register.data.needs}
      />
      <p>
        <Link to="/planering">{t('scenarioEdit.toScenarios')}</Link>
      </p>
    </div>
  );
}
