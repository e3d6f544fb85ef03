import type { StrengthNote } from '@lagesbild/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../components/data-table';
import { EmptyState, Loading } from '../components/states';
import { trpc } from '../trpc';
import { StrengthNoteDialog } from './strength-note-dialog';
import { Section } from '../components/section';

/** Q1's valuation: ITD's strengths and weaknesses, heaviest first; ITD adds and changes them. */
export function StrengthNotes({
  canEdit,
  onSaved,
}: {
  canEdit: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const notes = useQuery(trpc.plan.strengthNotes.queryOptions());
  // The framework's areas and capabilities, from the overview every page already shares.
  const overview = useQuery({ ...trpc.maturity.overview.queryOptions({}), enabled: canEdit });
  const [editing, setEditing] = useState<{ note: StrengthNote | null } | null>(null);
  const sorted = [...(notes.data ?? [])].sort(
    (a, b) => a.kind.localeCompare(b.kind) || b.weight - a.weight,
  );
  return (
    <Section
      headingId="strengths-heading"
      heading={t('plan.strengths.heading')}
      className="plan-strengths"
      level={3}
    >
      <p>{t('plan.strengths.intro')}</p>
      {notes.isPending && <Loading />}
      {notes.isSuccess && sorted.length === 0 && (
        <EmptyState>{t('plan.strengths.empty')}</EmptyState>
      )}
      {sorted.length > 0 && (
        <DataTable
          columns={[
            t('plan.strengths.colKind'),
            t('plan.strengths.colArea'),
            t('plan.strengths.colWeight'),
            t('plan.strengths.colText'),
            canEdit && { label: t('plan.strengths.colEdit'), className: 'plan-controls' },
          ]}
          caption={t('plan.strengths.caption')}
          className="strength-table"
        >
          {sorted.map((n) => (
            <tr key={n.code}>
              <th scope="row">{t(`plan.strengths.kind.${n.kind}`)}</th>
              <td>{n.capabilityName ? `${n.areaName} – ${n.capabilityName}` : n.areaName}</td>
              <td>{t(`plan.strengths.weight.${n.weight as 1 | 2 | 3}`)}</td>
              <td>{n.text}</td>
              {canEdit && (
                <td className="plan-controls">
                  <button
                    type="button"
                    className="button-secondary"
                    aria-label={t('plan.strengths.editLabel', { text: n.text.slice(0, 60) })}
                    onClick={() => setEditing({ note: n })}
                  >
                    {t('plan.strengths.editOne')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
      {canEdit && (
        <p className="plan-controls">
          <button
            type="button"
            className="button-secondary"
            onClick={() => setEditing({ note: null })}
          >
            {t('plan.strengths.new')}
          </button>
        </p>
      )}
      {editing && overview.data && (
        <StrengthNoteDialog
          note={editing.note}
          framework={overview.data}
          onClose={() => setEditing(null)}
          onSaved={onSaved}
        />
      )}
    </Section>
  );
}
