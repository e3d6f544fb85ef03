import { type PlanEdition } from '@lagesbild/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../auth/session';
import { usePageTitle } from '../components/page-title';
import { PageError, PageLoading, PageMessage } from '../components/states';
import { formatDateTime } from '../format';
import { CoveragePanel } from '../plan/coverage-panel';
import { NarrativeEditor } from '../plan/narrative-editor';
import { PlanChapterView } from '../plan/plan-chapter';
import { PlanHeader } from '../plan/plan-header';
import { toPlanLocale } from '../plan/plan-helpers';
import { PublishDialog } from '../plan/publish-dialog';
import { StrengthNotes } from '../plan/strength-notes';
import { trpc } from '../trpc';
import '../styles/plan.css';
import { editionYearOf } from '../route-data';

const route = getRouteApi('/plan/$year');

/** One edition of the plan: status, downloads, contents, the coverage panel and chapters 1–8. */
export function PlanEditionPage() {
  const { t, i18n } = useTranslation();
  const param = route.useParams().year;
  const year = editionYearOf(param);
  const user = useSessionUser().data;
  const edition = useQuery({
    ...trpc.plan.edition.queryOptions({ year }),
    enabled: Number.isInteger(year),
  });
  const [publishing, setPublishing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const title = t('plan.edition.heading', { year });
  usePageTitle(title);

  if (!Number.isInteger(year)) {
    return (
      <PageMessage title={t('plan.edition.notFoundTitle')}>
        <p>{t('plan.edition.notFoundText', { year: param })}</p>
        <p>
          <Link to="/plan">{t('plan.edition.back')}</Link>
        </p>
      </PageMessage>
    );
  }
  if (edition.isError) {
    return (
      <PageError
        error={edition.error}
        retry={() => void edition.refetch()}
        notFound={{
          title: t('plan.edition.notFoundTitle'),
          text: t('plan.edition.notFoundText', { year: param }),
        }}
        round={undefined}
        latestLink={<Link to="/plan">{t('plan.edition.back')}</Link>}
      />
    );
  }
  if (edition.isPending) return <PageLoading title={title} />;
  const data: PlanEdition = edition.data;
  const lang = toPlanLocale(i18n.resolvedLanguage);
  const canEdit = user?.role === 'itd' && data.status === 'draft';

  return (
    <div className="page plan-edition-page">
      <PlanHeader
        edition={data}
        lang={lang}
        canPublish={canEdit}
        onPublish={() => setPublishing(true)}
      />
      {/* Always in the page, so screen readers hear each change to it. */}
      <p className="form-success plan-controls" aria-live="polite">
        {announcement}
      </p>
      <CoveragePanel content={data.content} lang={lang} />
      {data.content.chapters.map((chapter, i) => (
        <PlanChapterView key={chapter.key} chapter={chapter} number={i + 1} lang={lang}>
          {/* Readers see the notes in the chapter's own (frozen) table; ITD keeps them here on a draft. */}
          {chapter.key === 'status' && canEdit && (
            <StrengthNotes canEdit={canEdit} onSaved={setAnnouncement} />
          )}
          <NarrativeEditor
            year={year}
            chapter={chapter.key}
            number={i + 1}
            text={data.narratives[chapter.key] ?? ''}
            version={data.version}
            canEdit={canEdit}
            onSaved={setAnnouncement}
          />
        </PlanChapterView>
      ))}
      <p className="plan-updated">
        {t('plan.editions.changedBy', {
          date: formatDateTime(data.updatedAt),
          name: data.updatedBy,
        })}
      </p>
      {publishing && (
        <PublishDialog
          year={year}
          version={data.version}
          onClose={() => setPublishing(false)}
          onPublished={setAnnouncement}
        />
      )}
    </div>
  );
}
