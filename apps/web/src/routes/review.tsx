import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isForbidden } from '../forms/api-error';
import { useSessionUser } from '../auth/session';
import { FilterBar, Select } from '../components/filters';
import { usePageTitle } from '../components/page-title';
import { EmptyState, PageError, PageLoading, PageMessage } from '../components/states';
import { formatDateTime, formatLevel } from '../format';
import { CapabilityCard } from '../review/capability-card';
import { ReviewDecisions } from '../review/review-decisions';
import {
  computeRatingGap,
  filterReviewItems,
  groupByArea,
  type RatingGap,
} from '../review/review-items';
import type { ReviewForm } from '../review/types';
import { REVIEW_FILTERS, type ReviewFilter } from '../search';
import { trpc } from '../trpc';
// Imported here, not in styles.css, so the styles load with this lazy route and not the first page.
import '../styles/review.css';

const route = getRouteApi('/granska/$round/$unit');

/** ITD's review of one unit's report in one round; anyone else is told no. */
export function ReviewPage() {
  const user = useSessionUser().data;
  if (user?.role !== 'itd') return <ReviewForbidden />;
  return <ReviewUnit />;
}

function ReviewForbidden() {
  const { t } = useTranslation();
  return (
    <PageMessage title={t('review.title')}>
      <p className="lead">{t('review.forbidden')}</p>
      <p>
        <Link to="/">{t('state.backToOverview')}</Link>
      </p>
    </PageMessage>
  );
}

function ReviewUnit() {
  const { t } = useTranslation();
  const { round, unit } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(trpc.review.form.queryOptions({ round, unit }));
  const [announcement, setAnnouncement] = useState('');
  // Cards saved since the filter was chosen stay in view, so focus never drops out of the page.
  const [kept, setKept] = useState({ filter: search.visa, codes: new Set<string>() });
  usePageTitle(
    query.data ? t('review.pageTitle', { unit: query.data.unit.name, round }) : t('review.title'),
  );

  if (query.isPending) return <PageLoading title={t('review.title')} />;
  if (query.isError) {
    if (isForbidden(query.error)) {
      return <ReviewForbidden />;
    }
    return (
      <PageError
        error={query.error}
        retry={() => void query.refetch()}
        round={round}
        notFound={{ title: t('review.notFoundTitle'), text: t('review.notFoundText', { unit }) }}
        latestLink={<Link to="/omgangar">{t('review.backToRounds')}</Link>}
      />
    );
  }

  const form = query.data;
  const roundClosed = form.round.status === 'closed';
  const editable = roundClosed || form.submission.state === 'submitted';
  const keep = kept.filter === search.visa ? kept.codes : new Set<string>();
  const shown = filterReviewItems(form.items, search.visa, keep);
  const gap = computeRatingGap(form.items);

  return (
    <div className="page review-page">
      <nav aria-label={t('app.breadcrumbs')} className="breadcrumbs">
        <Link to="/omgangar" search={{ omgang: round }}>
          {t('review.backToRounds')}
        </Link>
      </nav>
      <h1>{form.unit.name}</h1>
      <ReviewHeader form={form} />
      <p className="form-success" aria-live="polite">
        {announcement}
      </p>
      {!editable && <p className="filter-note">{t(`review.readOnly.${form.submission.state}`)}</p>}
      {roundClosed && <p className="filter-note">{t('review.closedNote')}</p>}

      <GapSummary gap={gap} />

      <ReviewDecisions
        reviewKey={{ round, unit }}
        form={form}
        remaining={gap.unvalidated}
        onDone={setAnnouncement}
      />

      <section className="section" aria-labelledby="capabilities-heading">
        <h2 id="capabilities-heading">{t('review.capabilitiesHeading')}</h2>
        <FilterBar>
          <Select
            label={t('review.filter')}
            value={search.visa ?? ''}
            options={[
              { value: '', label: t('review.filterAll') },
              ...REVIEW_FILTERS.map((f) => ({ value: f, label: t(`review.filterOption.${f}`) })),
            ]}
            onChange={(v) => {
              const visa: ReviewFilter | undefined = REVIEW_FILTERS.find((f) => f === v);
              setKept({ filter: visa, codes: new Set() });
              void navigate({ search: { visa }, replace: true, resetScroll: false });
            }}
          />
        </FilterBar>
        <p className="filter-note" aria-live="polite">
          {t('review.shown', { count: shown.length, total: form.items.length })}
        </p>
        {shown.length === 0 && <EmptyState>{t('review.emptyFiltered')}</EmptyState>}
        {groupByArea(shown).map((group) => (
          <section
            key={group.areaCode}
            className="area-group"
            aria-labelledby={`area-${group.areaCode}`}
          >
            <h3 id={`area-${group.areaCode}`} className="area-heading">
              {group.areaName}
            </h3>
            {group.items.map((item) => (
              <CapabilityCard
                key={item.capabilityCode}
                reviewKey={{ round, unit }}
                item={item}
                previousRoundCode={form.previousRoundCode}
                editable={editable}
                roundClosed={roundClosed}
                onSaved={(code, message) => {
                  setAnnouncement(message);
                  setKept((k) => ({
                    filter: search.visa,
                    codes: new Set([...(k.filter === search.visa ? k.codes : []), code]),
                  }));
                }}
              />
            ))}
          </section>
        ))}
      </section>
    </div>
  );
}

function ReviewHeader({ form }: { form: ReviewForm }) {
  const { t } = useTranslation();
  const { submission } = form;
  return (
    <>
      <p className="lead">
        {t('review.lead', { round: form.round.code })}{' '}
        <span className={`report-state report-state-${submission.state}`}>
          {t('review.stateLabel', { state: t(`rounds.state.${submission.state}`) })}
        </span>
      </p>
      {submission.submittedAt && (
        <p className="meta">
          {t('review.submittedBy', {
            who: submission.submittedBy ?? '–',
            when: formatDateTime(submission.submittedAt),
          })}
        </p>
      )}
      {submission.state === 'returned' && submission.returnMessage && (
        <div className="return-message">
          <h2>{t('review.returnMessageHeading')}</h2>
          <p>{submission.returnMessage}</p>
        </div>
      )}
    </>
  );
}

/** The gap between the unit's ratings and ITD's, in words. */
function GapSummary({ gap }: { gap: RatingGap }) {
  const { t } = useTranslation();
  const deviations = t('review.gap.deviations', { count: gap.deviations });
  const remaining = t('review.gap.remaining', { count: gap.unvalidated });
  const diff = formatLevel(Math.abs(gap.meanDifference ?? 0));
  const text =
    gap.meanDifference === null
      ? t('review.gap.none')
      : gap.meanDifference > 0
        ? t('review.gap.above', { diff, deviations })
        : gap.meanDifference < 0
          ? t('review.gap.below', { diff, deviations })
          : t('review.gap.equal', { deviations });
  return <p className="section-summary gap-summary">{`${text} ${remaining}`}</p>;
}
