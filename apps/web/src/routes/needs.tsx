import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../auth/session';
import { formatMnkr } from '../format-money';
import { usePageTitle } from '../components/page-title';
import { EmptyState, PageError, PageLoading } from '../components/states';
import { DecideDialog } from '../needs/decide-dialog';
import type { NeedFormMode } from '../needs/build-need-fields';
import { NeedFormDialog } from '../needs/need-form-dialog';
import { NeedsFilters } from '../needs/needs-filters';
import { NeedsTable } from '../needs/needs-table';
import { filterNeeds, sortNeeds, sumOneOff, type NeedSort } from '../needs/register';
import type { NeedData } from '../needs/types';
import { PlanningNav } from '../planning/planning-nav';
import type { NeedsSearch } from '../search';
import { trpc } from '../trpc';
// Imported here, not in styles.css, so the styles load with this lazy route and not the first page.
import '../styles/planning.css';
import '../styles/needs.css';

const route = getRouteApi('/planering/behov');

type Editing = { mode: NeedFormMode; need: NeedData | null };

/** Q2's investment needs: everyone reads the register; ITD keeps it and units propose. */
export function NeedsPage() {
  const { t } = useTranslation();
  const user = useSessionUser().data;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const register = useQuery(trpc.planning.needs.queryOptions());
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deciding, setDeciding] = useState<{
    need: NeedData;
    decision: 'accepted' | 'declined';
  } | null>(null);
  usePageTitle(t('needs.title'));

  if (register.isPending) return <PageLoading title={t('needs.title')} />;
  if (register.isError) {
    return (
      <PageError
        error={register.error}
        retry={() => void register.refetch()}
        round={undefined}
        latestLink={null}
      />
    );
  }

  const data = register.data;
  const isItd = user?.role === 'itd';
  const ownUnit = user?.role === 'reporter' ? user.unitSlug : null;
  const shown = sortNeeds(
    filterNeeds(data.needs, { status: search.status, unit: search.enhet, text: search.sok }),
    search.sortera,
    search.fallande,
  );
  const change = (patch: Partial<NeedsSearch>) =>
    void navigate({
      search: (prev) => ({ ...prev, ...patch }),
      replace: true,
      resetScroll: false,
    });
  const sortBy = (sort: NeedSort) => {
    const current = search.sortera ?? 'prioritet';
    const descending = current === sort ? !search.fallande : false;
    // The default order leaves the address clean.
    const isDefault = sort === 'prioritet' && !descending;
    change({
      sortera: isDefault ? undefined : sort,
      fallande: descending ? true : undefined,
    });
  };

  return (
    <div className="page needs-page">
      <h1>{t('needs.title')}</h1>
      <PlanningNav />
      <p className="page-intro">{t('needs.intro')}</p>
      {/* Always in the page, so screen readers hear each change to it. */}
      <p className="form-success" aria-live="polite">
        {announcement}
      </p>
      {isItd && (
        <p className="needs-new">
          <button
            type="button"
            className="button"
            onClick={() => setEditing({ mode: { kind: 'itd' }, need: null })}
          >
            {t('needs.new')}
          </button>
        </p>
      )}
      {ownUnit && (
        <p className="needs-new">
          <button
            type="button"
            className="button"
            onClick={() => setEditing({ mode: { kind: 'propose', unit: ownUnit }, need: null })}
          >
            {t('needs.propose')}
          </button>
        </p>
      )}

      <NeedsFilters search={search} units={data.units} onChange={change} />
      <p className="needs-count" aria-live="polite">
        {t('needs.count', { shown: shown.length, total: data.needs.length })}
      </p>
      {data.withheldProposals > 0 && (
        <p className="needs-withheld">
          {t('needs.withheldProposals', { count: data.withheldProposals })}
        </p>
      )}
      <p className="needs-totals">
        {t('needs.totals', {
          oneOff: formatMnkr(shown.reduce((sum, n) => sum + sumOneOff(n), 0)),
          operating: formatMnkr(shown.reduce((sum, n) => sum + n.operatingTkr, 0)),
        })}
      </p>
      {shown.length === 0 ? (
        <>
          <EmptyState>{t('needs.empty')}</EmptyState>
          <p>
            <Link to="/planering/behov" search={{}}>
              {t('needs.clearFilters')}
            </Link>
          </p>
        </>
      ) : (
        <NeedsTable
          needs={shown}
          register={data}
          search={search}
          onSort={sortBy}
          actions={
            isItd
              ? {
                  onEdit: (need) => setEditing({ mode: { kind: 'itd' }, need }),
                  onDecide: (need, decision) => setDeciding({ need, decision }),
                }
              : null
          }
        />
      )}

      {editing && (
        <NeedFormDialog
          mode={editing.mode}
          need={editing.need}
          register={data}
          onClose={() => setEditing(null)}
          onSaved={setAnnouncement}
        />
      )}
      {deciding && (
        <DecideDialog
          need={deciding.need}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
          onDone={setAnnouncement}
        />
      )}
    </div>
  );
}
