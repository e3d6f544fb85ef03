import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../auth/session';
import { CapacityForm } from '../capacity/capacity-form';
import { capacityFormQueryOptions } from '../capacity/query';
import type { CapacityFormData } from '../capacity/types';
import { usePageTitle } from '../components/page-title';
import { PageError, PageLoading, PageMessage } from '../components/states';
import { formatDateTime } from '../format';
import { chooseRound } from '../report/choose-round';
import { isApiError, trpc } from '../trpc';
import '../styles/capacity.css';

const route = getRouteApi('/rapportera/kapacitet');

/** A department's capacity and base requirements; only reporters have a unit to report for. */
export function CapacityPage() {
  const user = useSessionUser().data;
  // The layout shows this page only to a signed-in user, so `user` is known here.
  if (user?.role !== 'reporter') return <CapacityForbidden />;
  return <CapacityView />;
}

function CapacityForbidden() {
  const { t } = useTranslation();
  return (
    <PageMessage title={t('capacity.titleShort')}>
      <p className="lead">{t('capacity.forbidden')}</p>
      <p>{t('capacity.forbiddenHint')}</p>
      <p>
        <Link to="/">{t('state.backToOverview')}</Link>
      </p>
    </PageMessage>
  );
}

function CapacityView() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const rounds = useQuery(trpc.rounds.list.queryOptions());
  const round = rounds.data ? chooseRound(rounds.data, search.omgang) : null;
  const form = useQuery({ ...capacityFormQueryOptions(round ?? ''), enabled: round !== null });

  if (rounds.isError || form.isError) {
    const error = rounds.error ?? form.error;
    if (isApiError(error) && error.data?.code === 'FORBIDDEN') return <CapacityForbidden />;
    return (
      <PageError
        error={error}
        retry={() => void (rounds.isError ? rounds.refetch() : form.refetch())}
        round={search.omgang}
        latestLink={
          <Link to="/rapportera/kapacitet" search={{}}>
            {t('capacity.currentRound')}
          </Link>
        }
      />
    );
  }
  if (rounds.data && round === null) {
    return (
      <PageMessage title={t('capacity.titleShort')}>
        <p>{t('capacity.noRounds')}</p>
      </PageMessage>
    );
  }
  if (!form.data) return <PageLoading title={t('capacity.titleShort')} />;
  const roundClosed = rounds.data?.find((r) => r.code === round)?.status === 'closed';
  return (
    <CapacityContent
      form={form.data}
      roundClosed={roundClosed}
      reload={() => form.refetch().then((result) => result.data)}
    />
  );
}

interface CapacityContentProps {
  form: CapacityFormData;
  roundClosed: boolean;
  reload: () => Promise<CapacityFormData | undefined>;
}

function CapacityContent({ form, roundClosed, reload }: CapacityContentProps) {
  const { t } = useTranslation();
  const title = t('capacity.title', { unit: form.unit.name });
  usePageTitle(title);
  return (
    <div className="page capacity-page">
      <h1>{title}</h1>
      <p className="page-intro">{t('capacity.intro')}</p>
      <p className="capacity-facts">
        <span>{t('capacity.round', { round: form.roundCode })}</span>
        <span>
          {form.updatedAt && form.updatedBy
            ? t('capacity.lastSaved', {
                when: formatDateTime(form.updatedAt),
                who: form.updatedBy,
              })
            : t('capacity.notSaved')}
        </span>
        <Link to="/rapportera" search={{ omgang: form.roundCode }}>
          {t('capacity.toMaturity')}
        </Link>
      </p>
      {!form.editable && (
        <div className="capacity-read-only">
          <p>{t(roundClosed ? 'capacity.readOnly.roundClosed' : 'capacity.readOnly.submitted')}</p>
          <p>{t('capacity.readOnly.hint')}</p>
        </div>
      )}
      {/* A new round is a new form: its values start over rather than keep the old round's. */}
      <CapacityForm key={form.roundCode} form={form} reload={reload} />
    </div>
  );
}
