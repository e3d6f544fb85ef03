import { AI_STATUSES } from '@lagesbild/domain';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar, Select } from '../components/filters';
import { EmptyState } from '../components/states';
import { describeReachSummary } from './describe';
import { ReachMatrix } from './reach-matrix';
import { filterUseCases, type UseCaseFilter } from './register';
import { RuleSection } from './rule-section';
import { StatusCounts } from './status-counts';
import { type AiRegisterData, type AiUseCaseData } from './types';
import { UseCaseFormDialog } from './use-case-form-dialog';
import { UseCaseTable } from './use-case-table';

const route = getRouteApi('/ai');

interface Viewer {
  isItd: boolean;
  /** A reporter's unit; null for ITD and readers. */
  ownUnit: string | null;
}

/** Which AI applications are within reach, under which rule, and why the others are not. */
export function UseCasesSection({ data, viewer }: { data: AiRegisterData; viewer: Viewer }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filter: UseCaseFilter = { unit: search.enhet, status: search.status };
  // Filters live in the address so a filtered view can be shared and survives a reload.
  const setFilter = (next: UseCaseFilter) =>
    void navigate({
      search: { enhet: next.unit, status: next.status },
      replace: true,
      resetScroll: false,
    });
  const [editing, setEditing] = useState<{ useCase: AiUseCaseData | null } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const shown = filterUseCases(data.useCases, filter);
  const canCreate = viewer.isItd || viewer.ownUnit !== null;
  const canEdit = (u: AiUseCaseData) => viewer.isItd || u.unit.slug === viewer.ownUnit;
  return (
    <section className="ai-section" aria-labelledby="ai-use-cases-heading">
      <h2 id="ai-use-cases-heading">{t('ai.useCases.heading')}</h2>
      <RuleSection rule={data.rule} canChange={viewer.isItd} onSaved={setAnnouncement} />
      {/* Always in the page, so screen readers hear each change to it. */}
      <p className="form-success" aria-live="polite">
        {announcement}
      </p>
      <p className="ai-summary ai-reach-summary">
        {describeReachSummary(t, data.useCases, data.weakest)}
      </p>
      <p className="ai-actions">
        {canCreate && (
          <button type="button" className="button" onClick={() => setEditing({ useCase: null })}>
            {t('ai.useCases.new')}
          </button>
        )}
        <a className="button-secondary" href="/export/ai.xlsx" download>
          {t('ai.useCases.download')}
        </a>
      </p>
      <h3>{t('ai.matrix.heading')}</h3>
      <ReachMatrix useCases={data.useCases} />
      <h3>{t('ai.table.heading')}</h3>
      <FilterBar>
        <Select
          label={t('ai.filters.unit')}
          value={filter.unit ?? ''}
          options={[
            { value: '', label: t('ai.filters.allUnits') },
            ...data.units
              .filter((u) => data.useCases.some((c) => c.unit.slug === u.slug))
              .map((u) => ({ value: u.slug, label: u.name })),
          ]}
          onChange={(v) => setFilter({ ...filter, unit: v || undefined })}
        />
        <Select
          label={t('ai.filters.status')}
          value={filter.status ?? ''}
          options={[
            { value: '', label: t('ai.filters.allStatuses') },
            ...AI_STATUSES.map((s) => ({ value: s, label: t(`ai.status.${s}`) })),
          ]}
          onChange={(v) => setFilter({ ...filter, status: AI_STATUSES.find((s) => s === v) })}
        />
      </FilterBar>
      <p className="ai-count" aria-live="polite">
        {t('ai.table.count', {
          shown: shown.length,
          total: data.useCases.length,
          within: shown.filter((u) => u.reach.withinReach).length,
        })}
      </p>
      {shown.length === 0 ? (
        <EmptyState>{t('ai.table.empty')}</EmptyState>
      ) : (
        <UseCaseTable
          useCases={shown}
          canEdit={canEdit}
          onEdit={(useCase) => setEditing({ useCase })}
        />
      )}
      <h3>{t('ai.counts.heading')}</h3>
      <StatusCounts useCases={data.useCases} />
      {editing && (
        <UseCaseFormDialog
          useCase={editing.useCase}
          register={data}
          ownUnit={viewer.ownUnit}
          onClose={() => setEditing(null)}
          onSaved={setAnnouncement}
        />
      )}
    </section>
  );
}
