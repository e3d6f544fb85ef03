import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isForbidden } from '../forms/api-error';
import { useSessionUser } from '../auth/session';
import { PageError, PageLoading, PageMessage } from '../components/states';
import { trpc } from '../trpc';
import { chooseRound } from './choose-round';

/** The unit's pages for a round, each with its own texts in the catalogues. */
type Section = 'report' | 'capacity' | 'spreadsheet';

/** Only reporters have a unit to report for; anyone else is told so in the page's own words. */
export function ReporterOnly({ section, children }: { section: Section; children: ReactNode }) {
  const user = useSessionUser().data;
  // The layout shows these pages only to a signed-in user, so `user` is known here.
  if (user?.role !== 'reporter') return <NotReporter section={section} />;
  return children;
}

function NotReporter({ section }: { section: Section }) {
  const { t } = useTranslation();
  return (
    <PageMessage title={t(`${section}.titleShort`)}>
      <p className="lead">{t(`${section}.forbidden`)}</p>
      <p>{t(`${section}.forbiddenHint`)}</p>
      <p>
        <Link to="/">{t('state.backToOverview')}</Link>
      </p>
    </PageMessage>
  );
}

/** The round a unit's page is for: `omgang` when given, else the open round, else the newest. */
export function useReportRound(omgang: string | undefined) {
  const rounds = useQuery(trpc.rounds.list.queryOptions());
  const round = rounds.data ? chooseRound(rounds.data, omgang) : null;
  const roundClosed = rounds.data?.find((r) => r.code === round)?.status === 'closed';
  return { rounds, round, roundClosed };
}

interface QueryState {
  isError: boolean;
  error: unknown;
  data: unknown;
  refetch: () => unknown;
}

/**
 * What the page shows instead of its form while it loads, when a query failed or when there is no
 * round yet; null once the form is there. A hook (it reads the translations), called on every render.
 */
export function useReportRoundStates({
  section,
  rounds,
  round,
  form,
  omgang,
  currentRoundLink,
}: {
  section: Section;
  rounds: QueryState;
  round: string | null;
  form: QueryState;
  omgang: string | undefined;
  currentRoundLink: ReactNode;
}): ReactNode {
  const { t } = useTranslation();
  if (rounds.isError || form.isError) {
    const error = rounds.isError ? rounds.error : form.error;
    if (isForbidden(error)) {
      return <NotReporter section={section} />;
    }
    return (
      <PageError
        error={error}
        retry={() => void (rounds.isError ? rounds.refetch() : form.refetch())}
        round={omgang}
        latestLink={currentRoundLink}
      />
    );
  }
  if (rounds.data && round === null) {
    return (
      <PageMessage title={t(`${section}.titleShort`)}>
        <p>{t(`${section}.noRounds`)}</p>
      </PageMessage>
    );
  }
  if (!form.data) return <PageLoading title={t(`${section}.titleShort`)} />;
  return null;
}
