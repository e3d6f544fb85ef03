import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CompetenceSection } from '../ai/competence-section';
import { DirectionSection } from '../ai/direction-section';
import { UseCasesSection } from '../ai/use-cases-section';
import { useSessionUser } from '../auth/session';
import { usePageTitle } from '../components/page-title';
import { PageError, PageLoading } from '../components/states';
import { trpc } from '../trpc';
// Imported here, not in styles.css, so the styles load with this lazy route and not the first page.
import '../styles/ai.css';

/** Q3: the city's AI and test competence, its direction, and which AI applications are within reach. */
export function AiPage() {
  const { t } = useTranslation();
  const user = useSessionUser().data;
  const register = useQuery(trpc.ai.register.queryOptions());
  const competence = useQuery(trpc.ai.competence.queryOptions());
  usePageTitle(t('ai.title'));

  if (register.isPending || competence.isPending) return <PageLoading title={t('ai.title')} />;
  if (register.isError || competence.isError) {
    return (
      <PageError
        error={register.error ?? competence.error}
        retry={() => {
          void register.refetch();
          void competence.refetch();
        }}
        round={undefined}
        latestLink={null}
      />
    );
  }
  const viewer = {
    isItd: user?.role === 'itd',
    ownUnit: user?.role === 'reporter' ? (user.unitSlug ?? null) : null,
  };
  return (
    <div className="page ai-page">
      <h1>{t('ai.title')}</h1>
      <p className="page-intro">{t('ai.intro')}</p>
      <CompetenceSection data={competence.data} />
      <DirectionSection direction={competence.data.direction} />
      <UseCasesSection data={register.data} viewer={viewer} />
    </div>
  );
}
