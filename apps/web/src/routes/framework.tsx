import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isForbidden } from '../forms/api-error';
import { useSessionUser } from '../auth/session';
import { usePageTitle } from '../components/page-title';
import { PageError, PageLoading, PageMessage } from '../components/states';
import { CurrentSection } from '../framework/current-section';
import { UploadSection } from '../framework/upload-section';
import { trpc } from '../trpc';
// Imported here, not in styles.css, so the styles load with this lazy route and not the first page.
import '../styles/framework.css';

/** ITD's framework: what it is now, its versions, and importing the next one. */
export function FrameworkPage() {
  const user = useSessionUser().data;
  // The layout shows this page only to a signed-in user, so `user` is known here.
  if (user?.role !== 'itd') return <FrameworkForbidden />;
  return <FrameworkAdmin />;
}

function FrameworkForbidden() {
  const { t } = useTranslation();
  return (
    <PageMessage title={t('framework.title')}>
      <p className="lead">{t('framework.forbidden')}</p>
      <p>{t('framework.forbiddenHint')}</p>
      <p>
        <Link to="/">{t('state.backToOverview')}</Link>
      </p>
    </PageMessage>
  );
}

function FrameworkAdmin() {
  const { t } = useTranslation();
  const current = useQuery(trpc.framework.current.queryOptions());
  const [announcement, setAnnouncement] = useState('');
  usePageTitle(t('framework.title'));

  if (current.isPending) return <PageLoading title={t('framework.title')} />;
  if (current.isError) {
    if (isForbidden(current.error)) {
      return <FrameworkForbidden />;
    }
    return (
      <PageError
        error={current.error}
        retry={() => void current.refetch()}
        round={undefined}
        latestLink={null}
      />
    );
  }
  return (
    <div className="page framework-page">
      <h1>{t('framework.title')}</h1>
      <p className="page-intro">{t('framework.intro')}</p>
      {/* Always in the page, so screen readers hear each change to it. */}
      <p className="form-success" aria-live="polite">
        {announcement}
      </p>
      <CurrentSection current={current.data} />
      <UploadSection current={current.data} onImported={setAnnouncement} />
    </div>
  );
}
