import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../auth/session';
import { usePageTitle } from '../components/page-title';
import { PageError, PageLoading, PageMessage } from '../components/states';
import { chooseRound } from '../report/choose-round';
import { ConfirmUnchanged } from '../report/confirm-unchanged';
import { groupByArea } from '../report/group-by-area';
import { reportFormQueryOptions } from '../report/query';
import { ReportCard } from '../report/report-card';
import { ReportSummary } from '../report/report-summary';
import { SubmitReport } from '../report/submit-report';
import type { ReportFormData } from '../report/types';
import { isApiError, trpc } from '../trpc';
import '../styles/report.css';

const route = getRouteApi('/rapportera');

/** A department reports its own maturity; only reporters have a unit to report for. */
export function ReportPage() {
  const user = useSessionUser().data;
  // The layout shows this page only to a signed-in user, so `user` is known here.
  if (user?.role !== 'reporter') return <ReportForbidden />;
  return <ReportView />;
}

function ReportForbidden() {
  const { t } = useTranslation();
  return (
    <PageMessage title={t('report.titleShort')}>
      <p className="lead">{t('report.forbidden')}</p>
      <p>{t('report.forbiddenHint')}</p>
      <p>
        <Link to="/">{t('state.backToOverview')}</Link>
      </p>
    </PageMessage>
  );
}

function ReportView() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const rounds = useQuery(trpc.rounds.list.queryOptions());
  const round = rounds.data ? chooseRound(rounds.data, search.omgang) : null;
  const form = useQuery({ ...reportFormQueryOptions(round ?? ''), enabled: round !== null });

  if (rounds.isError || form.isError) {
    const error = rounds.error ?? form.error;
    if (isApiError(error) && error.data?.code === 'FORBIDDEN') return <ReportForbidden />;
    return (
      <PageError
        error={error}
        retry={() => void (rounds.isError ? rounds.refetch() : form.refetch())}
        round={search.omgang}
        latestLink={
          <Link to="/rapportera" search={{}}>
            {t('report.currentRound')}
          </Link>
        }
      />
    );
  }
  if (rounds.data && round === null) {
    return (
      <PageMessage title={t('report.titleShort')}>
        <p>{t('report.noRounds')}</p>
      </PageMessage>
    );
  }
  if (!form.data) return <PageLoading title={t('report.titleShort')} />;
  return <ReportContent form={form.data} />;
}

function ReportContent({ form }: { form: ReportFormData }) {
  const { t } = useTranslation();
  const title = t('report.title', { unit: form.unit.name });
  usePageTitle(title);
  const stateRef = useRef<HTMLParagraphElement>(null);
  const round = form.round.code;

  return (
    <div className="page report-page">
      <h1>{title}</h1>
      <p className="page-intro">{t('report.intro')}</p>
      <p>
        <Link to="/rapportera/kapacitet" search={{ omgang: round }}>
          {t('capacity.linkFromReport')}
        </Link>
      </p>
      <ReportSummary ref={stateRef} form={form} />
      {form.editable && <ConfirmUnchanged form={form} />}
      {groupByArea(form.items).map((area) => (
        <section
          key={area.areaCode}
          className="report-area"
          aria-labelledby={`report-area-${area.areaCode}`}
        >
          <h2 id={`report-area-${area.areaCode}`}>{area.areaName}</h2>
          {area.items.map((item) => (
            <ReportCard
              // A new round is a new form: its cards start over rather than keep the old answers.
              key={`${round}/${item.capabilityCode}`}
              round={round}
              previousRoundCode={form.previousRoundCode}
              item={item}
              editable={form.editable}
            />
          ))}
        </section>
      ))}
      {form.editable && <SubmitReport form={form} onSubmitted={() => stateRef.current?.focus()} />}
    </div>
  );
}
