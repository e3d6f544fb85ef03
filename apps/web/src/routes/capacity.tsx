import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CapacityForm } from '../capacity/capacity-form';
import { capacityFormQueryOptions } from '../capacity/query';
import type { CapacityFormData } from '../capacity/types';
import { usePageTitle } from '../components/page-title';
import { formatDateTime } from '../format';
import { ReporterOnly, useReportRoundStates, useReportRound } from '../report/reporter-page';
import '../styles/capacity.css';

const route = getRouteApi('/rapportera/kapacitet');

/** A department's capacity and base requirements; only reporters have a unit to report for. */
export function CapacityPage() {
  return (
    <ReporterOnly section="capacity">
      <CapacityView />
    </ReporterOnly>
  );
}

function CapacityView() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const { rounds, round, roundClosed } = useReportRound(search.omgang);
  const form = useQuery({ ...capacityFormQueryOptions(round ?? ''), enabled: round !== null });
  const state = useReportRoundStates({
    section: 'capacity',
    rounds,
    round,
    form,
    omgang: search.omgang,
    currentRoundLink: (
      <Link to="/rapportera/kapacitet" search={{}}>
        {t('capacity.currentRound')}
      </Link>
    ),
  });
  if (state || !form.data) return state;
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
