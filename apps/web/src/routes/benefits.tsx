import { BENEFIT_PHASES } from '@lagesbild/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../auth/session';
import { usePageTitle } from '../components/page-title';
import { EmptyState } from '../components/states';
import { QueryState } from '../components/query-state';
import { Announcement } from '../components/announcement';
import { ActionDialog } from '../benefits/action-dialog';
import { BenefitDialog } from '../benefits/benefit-dialog';
import { BenefitsFilters } from '../benefits/benefits-filters';
import { BenefitsTable } from '../benefits/benefits-table';
import { MeasurementDialog } from '../benefits/measurement-dialog';
import { OverdueList } from '../benefits/overdue-list';
import { AsOf } from '../components/as-of';
import { filterBenefits, toPercent, type BenefitFilter } from '../benefits/register';
import { SummaryTable } from '../benefits/summary-table';
import type { BenefitActionData, BenefitData } from '../benefits/types';
import { YearSection } from '../benefits/year-section';
import { ActionsByOwner } from '../benefits/actions-by-owner';
import { trpc } from '../trpc';
// Imported here, not in styles.css, so the styles load with this lazy route and not the first page.
import '../styles/benefits.css';

const route = getRouteApi('/nyttor');

type Open =
  | { kind: 'measurement'; benefit: BenefitData }
  | { kind: 'benefit'; benefit: BenefitData | null }
  | { kind: 'action'; action: BenefitActionData | null };

/** Q4: how much of the investments' benefits is brought home, per board, and who acts next. */
export function BenefitsPage() {
  const { t } = useTranslation();
  const user = useSessionUser().data;
  const register = useQuery(trpc.benefits.register.queryOptions());
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filter: BenefitFilter = {
    board: search.namnd ?? '',
    unit: search.enhet ?? '',
    phase: search.fas ?? '',
  };
  // Filters live in the address so a filtered view can be shared and survives a reload.
  const setFilter = (patch: Partial<BenefitFilter>) => {
    const next = { ...filter, ...patch };
    void navigate({
      search: {
        namnd: next.board || undefined,
        enhet: next.unit || undefined,
        fas: BENEFIT_PHASES.find((p) => p === next.phase),
      },
      replace: true,
      resetScroll: false,
    });
  };
  const [open, setOpen] = useState<Open | null>(null);
  const [announcement, setAnnouncement] = useState('');
  usePageTitle(t('benefits.title'));

  if (!register.isSuccess) return <QueryState query={register} title={t('benefits.title')} />;
  const data = register.data;
  const isItd = user?.role === 'itd';
  const ownUnit = user?.role === 'reporter' ? user.unitSlug : null;
  const city = data.city;
  const shown = filterBenefits(data.benefits, filter);

  return (
    <div className="page benefits-page">
      <h1>{t('benefits.title')}</h1>
      <p className="page-intro">{t('benefits.intro')}</p>
      <p className="benefits-summary">
        {city.measured === 0
          ? t('benefits.summaryNone', { benefits: city.benefits })
          : t('benefits.summary', {
              benefits: city.benefits,
              realised: city.realised,
              partly: city.partly,
              measured: city.measured,
              mean: toPercent(city.meanRate),
            })}{' '}
        {t('benefits.overdueSentence', { count: city.overdue })} <AsOf day={data.asOf} />
      </p>
      <p>
        <a className="button-secondary" href="/export/nyttor.xlsx" download>
          {t('benefits.download')}
        </a>
      </p>
      <Announcement text={announcement} />

      <section aria-labelledby="benefits-board-heading">
        <h2 id="benefits-board-heading">{t('benefits.byBoard.heading')}</h2>
        <SummaryTable
          caption={t('benefits.byBoard.caption')}
          groupLabel={t('benefits.cols.board')}
          rows={data.byBoard.map((g) => ({ key: g.board, label: g.board, summary: g.summary }))}
          total={{ key: 'city', label: t('benefits.city'), summary: city }}
        />
      </section>

      <ActionsByOwner
        register={data}
        onEdit={isItd ? (action) => setOpen({ kind: 'action', action }) : null}
      />
      {isItd && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => setOpen({ kind: 'action', action: null })}
          >
            {t('benefits.actions.new')}
          </button>
        </p>
      )}

      <OverdueList register={data} />
      <YearSection register={data} />

      <section aria-labelledby="benefits-investment-heading">
        <h2 id="benefits-investment-heading">{t('benefits.byInvestment.heading')}</h2>
        <SummaryTable
          caption={t('benefits.byInvestment.caption')}
          groupLabel={t('benefits.cols.investment')}
          rows={data.byInvestment.map((g) => ({
            key: g.needCode,
            label: g.needTitle,
            summary: g.summary,
          }))}
        />
      </section>

      <section aria-labelledby="benefits-register-heading">
        <h2 id="benefits-register-heading">{t('benefits.register.heading')}</h2>
        {isItd && (
          <p>
            <button
              type="button"
              className="button"
              onClick={() => setOpen({ kind: 'benefit', benefit: null })}
            >
              {t('benefits.register.new')}
            </button>
          </p>
        )}
        <BenefitsFilters register={data} filter={filter} onChange={setFilter} />
        <p aria-live="polite">
          {t('benefits.register.count', { shown: shown.length, total: data.benefits.length })}
        </p>
        {shown.length === 0 ? (
          <EmptyState>{t('benefits.register.empty')}</EmptyState>
        ) : (
          <BenefitsTable
            benefits={shown}
            actions={{
              canRecord: (b) => isItd || b.unit.slug === ownUnit,
              onRecord: (benefit) => setOpen({ kind: 'measurement', benefit }),
              onEdit: isItd ? (benefit) => setOpen({ kind: 'benefit', benefit }) : null,
            }}
          />
        )}
      </section>

      {open?.kind === 'measurement' && (
        <MeasurementDialog
          benefit={open.benefit}
          today={data.asOf.today}
          onClose={() => setOpen(null)}
          onSaved={setAnnouncement}
        />
      )}
      {open?.kind === 'benefit' && (
        <BenefitDialog
          benefit={open.benefit}
          register={data}
          onClose={() => setOpen(null)}
          onSaved={setAnnouncement}
        />
      )}
      {open?.kind === 'action' && (
        <ActionDialog
          action={open.action}
          register={data}
          onClose={() => setOpen(null)}
          onSaved={setAnnouncement}
        />
      )}
    </div>
  );
}
