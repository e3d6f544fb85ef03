import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isForbidden } from '../forms/api-error';
import { describeActionOption } from '../audit/labels';
import { auditLogQueryOptions } from '../audit/query';
import { useSessionUser } from '../auth/session';
import { AuditTable } from '../components/audit-table';
import { FilterBar, Select, TextFilter, useFilterText } from '../components/filters';
import { usePageTitle } from '../components/page-title';
import { EmptyState, Loading, PageMessage } from '../components/states';
import { QueryState } from '../components/query-state';
import { AUDIT_OUTCOMES, type AuditSearch } from '../search';

const route = getRouteApi('/granskningslogg');

/** ITD's view of the audit log; anyone else is told plainly that it is not for them. */
export function AuditPage() {
  const user = useSessionUser().data;
  // The layout shows this page only to a signed-in user, so `user` is known here.
  if (user?.role !== 'itd') return <AuditForbidden />;
  return <AuditLog />;
}

function AuditForbidden() {
  const { t } = useTranslation();
  return (
    <PageMessage title={t('audit.title')}>
      <p className="lead">{t('audit.forbidden')}</p>
      <p>{t('audit.forbiddenHint')}</p>
      <p>
        <Link to="/">{t('state.backToOverview')}</Link>
      </p>
    </PageMessage>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useInfiniteQuery({
    ...auditLogQueryOptions({ action: search.handelse, outcome: search.utfall, actor: search.vem }),
    placeholderData: keepPreviousData,
  });
  const countRef = useRef<HTMLParagraphElement>(null);
  usePageTitle(t('audit.title'));

  const entries = query.data?.pages.flatMap((p) => p.entries) ?? [];
  if (query.isPending || (query.isError && !query.data)) {
    if (isForbidden(query.error)) return <AuditForbidden />;
    return <QueryState query={query} title={t('audit.title')} />;
  }

  const actions = query.data.pages[0]?.actions ?? [];
  const filtered = Boolean(search.handelse ?? search.utfall ?? search.vem);
  const updating = query.isPlaceholderData;
  const setSearch = (change: Partial<AuditSearch>) =>
    void navigate({
      search: (prev) => ({ ...prev, ...change }),
      replace: true,
      resetScroll: false,
    });

  return (
    <div className="page">
      <h1>{t('audit.title')}</h1>
      <p className="page-intro">{t('audit.intro')}</p>
      <AuditFilters actions={actions} search={search} onChange={setSearch} />
      {updating && <Loading label={t('state.updating')} />}

      <div aria-busy={updating}>
        {entries.length === 0 ? (
          <>
            <EmptyState>{filtered ? t('audit.empty') : t('audit.emptyLog')}</EmptyState>
            {filtered && (
              <p>
                <Link to="/granskningslogg" search={{}}>
                  {t('audit.clearFilters')}
                </Link>
              </p>
            )}
          </>
        ) : (
          <>
            <AuditTable entries={entries} filtered={filtered} />
            <p ref={countRef} tabIndex={-1} className="audit-count" aria-live="polite">
              {query.hasNextPage
                ? t('audit.shown', { count: entries.length })
                : t('audit.allShown', { count: entries.length })}
            </p>
          </>
        )}
        {query.hasNextPage && (
          <p className="actions">
            <button
              type="button"
              className="button"
              aria-disabled={query.isFetchingNextPage || undefined}
              onClick={() => {
                if (query.isFetchingNextPage) return;
                // The button goes away with the last page: focus moves to the count, not the page top.
                void query.fetchNextPage().then((result) => {
                  if (!result.hasNextPage) countRef.current?.focus();
                });
              }}
            >
              {t('audit.showMore')}
            </button>
          </p>
        )}
        {query.isFetchingNextPage && <Loading label={t('audit.loadingMore')} />}
        {query.isFetchNextPageError && <p role="alert">{t('state.errorText')}</p>}
      </div>
    </div>
  );
}

function AuditFilters({
  actions,
  search,
  onChange,
}: {
  actions: readonly string[];
  search: AuditSearch;
  onChange: (change: Partial<AuditSearch>) => void;
}) {
  const { t } = useTranslation();
  // A shared link may name an action the log no longer holds; keep it selectable so the select tells the truth.
  const actionOptions =
    search.handelse && !actions.includes(search.handelse) ? [...actions, search.handelse] : actions;
  const [actor, setActor] = useFilterText(search.vem);

  return (
    <FilterBar
      hintText={t('audit.hint')}
      onSubmit={() => onChange({ vem: actor.trim() || undefined })}
    >
      <Select
        label={t('audit.filterAction')}
        value={search.handelse ?? ''}
        options={[
          { value: '', label: t('audit.all') },
          ...actionOptions.map((a) => ({ value: a, label: describeActionOption(t, a) })),
        ]}
        onChange={(v) => onChange({ handelse: v || undefined })}
      />
      <Select
        label={t('audit.filterOutcome')}
        value={search.utfall ?? ''}
        options={[
          { value: '', label: t('audit.all') },
          ...AUDIT_OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcome.${o}`) })),
        ]}
        onChange={(v) => onChange({ utfall: AUDIT_OUTCOMES.find((o) => o === v) })}
      />
      <TextFilter
        label={t('audit.filterActor')}
        hint={t('audit.filterActorHint')}
        button={t('audit.apply')}
        value={actor}
        onChange={setActor}
      />
    </FilterBar>
  );
}
