import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/page-title';
import { ConfirmUnchanged } from '../report/confirm-unchanged';
import { groupByArea } from '../report/group-by-area';
import { reportFormQueryOptions } from '../report/query';
import { ReportCard } from '../report/report-card';
import { ReporterOnly, useReportRoundStates, useReportRound } from '../report/reporter-page';
import { ReportSummary } from '../report/report-summary';
import { SubmitReport } from '../report/submit-report';
import type { ReportFormData } from '../report/types';
import '../styles/report.css';

const route = getRouteApi('/rapportera');

/** A department reports its own maturity; only reporters have a unit to report for. */
export function ReportPage() {
  return (
    <ReporterOnly section="report">
      <ReportView />
    </ReporterOnly>
  );
}

function ReportView() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const { rounds, round } = useReportRound(search.omgang);
  const form = useQuery({ ...reportFormQueryOptions(round ?? ''), enabled: round !== null });
  const state = useReportRoundStates({
    section: 'report',
    rounds,
    round,
    form,
    omgang: search.omgang,
    currentRoundLink: (
      <Link to="/rapportera" search={{}}>
        {t('report.currentRound')}
      </Link>
    ),
  });
  if (state || !form.data) return state;
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
      <p>
        <Link to="/rapportera/excel" search={{ omgang: round }}>
          {t('spreadsheet.linkFromReport')}
        </Link>
      </p>
      {form.editable && (
        <p>
          {/* 43 cards are hundreds of Tab presses: keyboard users jump straight to sending. */}
          <a href="#submit-report">{t('report.jumpToSubmit')}</a>
        </p>
      )}
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
