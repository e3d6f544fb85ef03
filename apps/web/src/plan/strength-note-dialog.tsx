import type { StrengthNote, StrengthNoteFields } from '@lagesbild/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../forms/api-error';
import { ConflictTable } from '../components/conflict-table';
import { FormDialog } from '../components/form-dialog';
import { SelectField, TextAreaField } from '../components/form-field';
import { findFirstInvalidField } from '../forms/field-errors';
import { useFocusById } from '../forms/use-form-errors';
import { findApiFieldIssues } from '../forms/api-error';
import { trpc } from '../trpc';
import {
  buildStrengthFields,
  describeStrengthIssue,
  STRENGTH_FIELD_ORDER,
  toStrengthFormValues,
  type StrengthFieldErrors,
  type StrengthFormValues,
} from './strength-values';

export interface FrameworkLists {
  areas: readonly { code: string; name: string }[];
  capabilities: readonly { code: string; name: string; areaCode: string }[];
}

const fieldId = (key: string) => `strength-${key}`;

/** ITD's form for one strength or weakness; a save over someone else's newer one is a choice. */
export function StrengthNoteDialog({
  note,
  framework,
  onClose,
  onSaved,
}: {
  note: StrengthNote | null;
  framework: FrameworkLists;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.plan.saveStrengthNote.mutationOptions());
  const [values, setValues] = useState<StrengthFormValues>(() => toStrengthFormValues(note));
  const [version, setVersion] = useState(note?.version ?? 0);
  const [errors, setErrors] = useState<StrengthFieldErrors>({});
  const [formError, setFormError] = useState('');
  const [conflict, setConflict] = useState<{
    version: number;
    saved: StrengthNote | null;
    mine: StrengthNoteFields;
  } | null>(null);
  const focusOn = useFocusById();
  const busy = useRef(false);
  const capabilityAreas = useMemo(
    () => new Map(framework.capabilities.map((c) => [c.code, c.areaCode])),
    [framework],
  );
  const set = (patch: Partial<StrengthFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const message = (key: keyof StrengthFieldErrors) =>
    errors[key] ? t(`plan.strengths.form.errors.${errors[key]}`) : undefined;

  function fail(next: StrengthFieldErrors) {
    setErrors(next);
    const first = findFirstInvalidField(next, STRENGTH_FIELD_ORDER);
    if (first) focusOn(fieldId(first));
  }

  function send(fields: StrengthNoteFields, atVersion: number) {
    busy.current = true;
    setFormError('');
    save.mutate(
      { code: note?.code ?? null, version: atVersion, fields },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: trpc.plan.pathKey() });
          onSaved(t('plan.strengths.form.saved'));
          onClose();
        },
        onError: async (error) => {
          const parsed = parseApiError(error);
          const stale = parsed.kind === 'conflict' ? parsed.currentVersion : null;
          if (stale !== null && note) {
            const fresh = await queryClient
              .fetchQuery({ ...trpc.plan.strengthNotes.queryOptions(), staleTime: 0 })
              .catch(() => null);
            setConflict({
              version: stale,
              saved: fresh?.find((n) => n.code === note.code) ?? null,
              mine: fields,
            });
            return;
          }
          const apiErrors: StrengthFieldErrors = {};
          for (const issue of findApiFieldIssues(error)) {
            const found = describeStrengthIssue(issue.path, issue.code);
            if (found && !apiErrors[found[0]]) apiErrors[found[0]] = found[1];
          }
          if (Object.keys(apiErrors).length > 0) fail(apiErrors);
          else setFormError(t('plan.strengths.form.failed'));
        },
        onSettled: () => {
          busy.current = false;
        },
      },
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy.current || save.isPending) return;
    const result = buildStrengthFields(values, capabilityAreas);
    if (!result.ok) return fail(result.errors);
    setErrors({});
    send(result.fields, version);
  }

  const describe = (f: StrengthNoteFields) => [
    t(`plan.strengths.kind.${f.kind}`),
    framework.areas.find((a) => a.code === f.areaCode)?.name ?? f.areaCode,
    framework.capabilities.find((c) => c.code === f.capabilityCode)?.name ??
      t('plan.strengths.form.noCapability'),
    t(`plan.strengths.weight.${f.weight as 1 | 2 | 3}`),
    f.text,
  ];
  const labels = ['kind', 'area', 'capability', 'weight', 'text'] as const;
  const capabilities = framework.capabilities.filter((c) => c.areaCode === values.areaCode);
  const title = note ? t('plan.strengths.form.editTitle') : t('plan.strengths.form.newTitle');

  return (
    <FormDialog
      title={title}
      onClose={onClose}
      className="strength-form"
      onSubmit={onSubmit}
      conflict={
        conflict && (
          <div className="conflict-panel">
            <h3>{t('plan.strengths.form.conflictHeading')}</h3>
            <p>{t('plan.strengths.form.conflictText')}</p>
            {conflict.saved && (
              <ConflictTable
                caption={t('plan.strengths.form.conflictCaption')}
                columns={{
                  field: t('plan.narrative.colField'),
                  mine: t('plan.narrative.colMine'),
                  saved: t('plan.narrative.colSaved'),
                }}
                rows={labels.map((label, i) => ({
                  label: t(`plan.strengths.form.${label}`),
                  mine: describe(conflict.mine)[i]!,
                  saved: describe(conflict.saved!)[i]!,
                }))}
              />
            )}
            <p className="actions">
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  if (!conflict.saved) return onClose();
                  setValues(toStrengthFormValues(conflict.saved));
                  setVersion(conflict.saved.version);
                  setConflict(null);
                }}
              >
                {t('plan.strengths.form.useSaved')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setVersion(conflict.version);
                  setConflict(null);
                  send(conflict.mine, conflict.version);
                }}
              >
                {t('plan.strengths.form.keepMine')}
              </button>
            </p>
          </div>
        )
      }
      alert={formError}
      submitLabel={t('plan.strengths.form.save')}
      pending={save.isPending}
      pendingLabel={t('plan.strengths.form.saving')}
      cancelLabel={t('plan.strengths.form.cancel')}
    >
      <SelectField
        id={fieldId('kind')}
        label={t('plan.strengths.form.kind')}
        value={values.kind}
        onChange={(e) => set({ kind: e.target.value as StrengthFormValues['kind'] })}
        options={(['strength', 'weakness'] as const).map((k) => ({
          value: k,
          label: t(`plan.strengths.kind.${k}`),
        }))}
      />
      <SelectField
        id={fieldId('areaCode')}
        label={t('plan.strengths.form.area')}
        error={message('areaCode')}
        value={values.areaCode}
        onChange={(e) => set({ areaCode: e.target.value, capabilityCode: '' })}
        options={[
          { value: '', label: '–' },
          ...framework.areas.map((a) => ({ value: a.code, label: a.name })),
        ]}
      />
      <SelectField
        id={fieldId('capabilityCode')}
        label={t('plan.strengths.form.capability')}
        error={message('capabilityCode')}
        value={values.capabilityCode}
        onChange={(e) => set({ capabilityCode: e.target.value })}
        options={[
          { value: '', label: t('plan.strengths.form.noCapability') },
          ...capabilities.map((c) => ({ value: c.code, label: c.name })),
        ]}
      />
      <SelectField
        id={fieldId('weight')}
        label={t('plan.strengths.form.weight')}
        value={values.weight}
        onChange={(e) => set({ weight: e.target.value as StrengthFormValues['weight'] })}
        options={(['1', '2', '3'] as const).map((w) => ({
          value: w,
          label: t(`plan.strengths.weight.${w}`),
        }))}
      />
      <TextAreaField
        id={fieldId('text')}
        label={t('plan.strengths.form.text')}
        hint={t('plan.strengths.form.textHint')}
        error={message('text')}
        rows={4}
        value={values.text}
        onChange={(e) => set({ text: e.target.value })}
      />
    </FormDialog>
  );
}
