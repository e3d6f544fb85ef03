import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isForbidden } from '../forms/api-error';
import { useSessionUser } from '../auth/session';
import { usePageTitle } from '../components/page-title';
import { EmptyState, PageError, PageLoading, PageMessage } from '../components/states';
import { CloseRoundSection } from '../rounds/close-round-dialog';
import { OpenRoundSection } from '../rounds/open-round-section';
import { findDefaultRound } from '../rounds/progress-summary';
import { ProgressSection } from '../rounds/progress-section';
import { RoundsTable } from '../rounds/rounds-table';
import { trpc } from '../trpc';
// Imported here, not in styles.css, so the styles load with this lazy route and not the first page.
import '../styles/review.css';

const route = getRouteApi('/omgangar');

/** ITD's rounds: open and close them and follow each unit's progress; anyone else is told no. */
export function RoundsPage() {
  const user = useSessionUser().data;
  // The layout shows this page only to a signed-in user, so `user` is known here.
  if (user?.role !== 'itd') return <RoundsForbidden />;
  return <RoundsAdmin />;
}

export function RoundsForbidden() {
  const { t } = useTranslation();
  return (
    <PageMessage title={t('rounds.title')}>
      <p className="lead">{t('rounds.forbidden')}</p>
      <p>{t('rounds.forbiddenHint')}</p>
      <p>
        <Link to="/">{t('state.backToOverview')}</Link>
      </p>
    </PageMessage>
  );
}

function RoundsAdmin() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const rounds = useQuery(trpc.rounds.list.queryOptions());
  const [announcement, setAnnouncement] = useState('');
  usePageTitle(t('rounds.title'));

  if (rounds.isPending) return <PageLoading title={t('rounds.title')} />;
  if (rounds.isError) {
    if (isForbidden(rounds.error)) {
      return <RoundsForbidden />;
    }
    return (
      <PageError
        error={rounds.error}
        retry={() => void rounds.refetch()}
        round={undefined}
        latestLink={null}
      />
    );
  }

  const selected =
    rounds.data.find((r) => r.code === search.omgang) ?? findDefaultRound(rounds.data);
  const openRound = rounds.data.find((r) => r.status === 'open');

  return (
    <div className="page rounds-page">
      <h1>{t('rounds.title')}</h1>
      <p className="page-intro">{t('rounds.intro')}</p>
      {/* Always in the page, so screen readers hear each change to it. */}
      <p className="form-success" aria-live="polite">
        {announcement}
      </p>
      {search.omgang && selected?.code !== search.omgang && (
        <p role="alert" className="form-alert">
          {t('rounds.unknownRound', { round: search.omgang })}
        </p>
      )}

      {rounds.data.length === 0 ? (
        <EmptyState>{t('rounds.empty')}</EmptyState>
      ) : (
        <RoundsTable rounds={rounds.data} selected={selected?.code} />
      )}

      {openRound ? (
        <CloseRoundSection round={openRound} onClosed={setAnnouncement} />
      ) : (
        <OpenRoundSection rounds={rounds.data} onOpened={setAnnouncement} />
      )}

      {selected && (
        <ProgressSection
          round={selected}
          state={search.status}
          onStateChange={(status) =>
            void navigate({
              search: (prev) => ({ ...prev, status }),
              replace: true,
              resetScroll: false,
            })
          }
        />
      )}
    </div>
  );
}
