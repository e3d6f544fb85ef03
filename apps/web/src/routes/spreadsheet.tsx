import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/page-title';
import { reportFormQueryOptions } from '../report/query';
import { ReporterOnly, useReportRoundStates, useReportRound } from '../report/reporter-page';
import type { ReportFormData } from '../report/types';
import { WorkbookImport } from '../spreadsheet/workbook-import';
import '../styles/spreadsheet.css';

const route = getRouteApi('/rapportera/excel');

/** The unit's report as a spreadsheet: download, fill in, upload, preview, import. */
export function SpreadsheetPage() {
  return (
    <ReporterOnly section="spreadsheet">
      <SpreadsheetView />
    </ReporterOnly>
  );
}

function SpreadsheetView() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const { rounds, round } = useReportRound(search.omgang);
  const form = useQuery({ ...reportFormQueryOptions(round ?? ''), enabled: round !== null });
  const state = useReportRoundStates({
    section: 'spreadsheet',
    rounds,
    round,
    form,
    omgang: search.omgang,
    currentRoundLink: (
      <Link to="/rapportera/excel" search={{}}>
        {t('spreadsheet.currentRound')}
      </Link>
    ),
  });
  if (state || !form.data) return state;
  return <SpreadsheetContent form={form.data} />;
}

function SpreadsheetContent({ form }: { form: ReportFormData }) {
  const { t } = useTranslation();
  const title = t('spreadsheet.title', { unit: form.unit.name });
  usePageTitle(title);
  const round = form.round.code;
  return (
    <div className="page spreadsheet-page">
      <h1>{title}</h1>
      <p className="page-intro">{t('spreadsheet.intro')}</p>
      <p>
        <Link to="/rapportera" search={{ omgang: round }}>
          {t('spreadsheet.toReport')}
        </Link>
      </p>
      <section className="workbook-download" aria-labelledby="workbook-download-heading">
        <h2 id="workbook-download-heading">{t('spreadsheet.download.heading')}</h2>
        <p>{t('spreadsheet.download.text')}</p>
        <p>
          {/* A plain link: the server sends the file with the session cookie, no script needed. */}
          <a className="button button-secondary" href={`/export/rapport/${round}.xlsx`} download>
            {t('spreadsheet.download.link', { round })}
          </a>
        </p>
      </section>
      {form.editable ? (
        // A new round is a new upload: what was checked for the old one does not carry over.
        <WorkbookImport key={round} round={round} />
      ) : (
        <p className="report-lock">{t('spreadsheet.readOnly')}</p>
      )}
    </div>
  );
}
