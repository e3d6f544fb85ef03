import { bandOf, type CriticalFactorFields } from '@lagesbild/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../forms/api-error';
import { ErrorSummary } from '../components/error-summary';
import { FormDialog } from '../components/form-dialog';
import { useFormErrors } from '../forms/use-form-errors';
import { trpc } from '../trpc';
import { ConflictPanel, describeSavedBy } from '../components/conflict-panel';
import { describeFactorConflict } from './factor-conflict';
import { FactorLinkFields, FactorMainFields } from './factor-fields';
import {
  buildFactorFields,
  describeFactorFormError,
  factorFieldId,
  FIELD_LABELS,
  FIELD_ORDER,
  mapFactorApiErrors,
  toFactorFormValues,
  type FactorFieldError,
  type FactorFieldKey,
  type FactorFormError,
  type FactorFormValues,
} from './factor-values';
import type { FactorData, FactorRegisterData } from './types';

/** ITD's form for a factor; a save over someone else's newer one is a choice, never silent. */
export function FactorFormDialog({
  factor,
  register,
  onClose,
  onSaved,
}: {
  /** The factor to change; null for a new one. */
  factor: FactorData | null;
  register: FactorRegisterData;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<FactorFormValues>(() => toFactorFormValues(factor));
  const [version, setVersion] = useState(factor?.version ?? 0);
  const [conflict, setConflict] = useState<{
    currentVersion: number;
    saved: FactorData | null;
    mine: CriticalFactorFields;
  } | null>(null);
  const [note, setNote] = useState('');
  const { errors, formError, fail, clear, focusOn } = useFormErrors<
    FactorFieldKey,
    FactorFieldError,
    FactorFormError
  >({ order: FIELD_ORDER, idOf: factorFieldId, alertId: 'factor-form-alert' });
  // A second click arrives before React re-renders with isPending: the ref stops it at once.
  const busy = useRef(false);
  const save = useMutation(trpc.factors.save.mutationOptions());

  function send(fields: CriticalFactorFields, atVersion: number) {
    busy.current = true;
    setNote('');
    save.mutate(
      { code: factor?.code ?? null, version: atVersion, fields },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: trpc.factors.pathKey() });
          onSaved(t('factors.form.saved', { title: fields.title }));
          onClose();
        },
        onError: async (error) => {
          const parsed = parseApiError(error);
          const stale = parsed.kind === 'conflict' ? parsed.currentVersion : null;
          if (stale !== null && factor) {
            // The conflict names the version: the saved factor is read again to show it whole.
            const fresh = await queryClient
              .fetchQuery({ ...trpc.factors.register.queryOptions(), staleTime: 0 })
              .catch(() => null);
            clear();
            setConflict({
              currentVersion: stale,
              saved: fresh?.factors.find((f) => f.code === factor.code) ?? null,
              mine: fields,
            });
            return;
          }
          const apiErrors = mapFactorApiErrors(error);
          if (Object.keys(apiErrors).length > 0) fail(apiErrors);
          else fail({}, describeFactorFormError(error));
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
    const result = buildFactorFields(values);
    if (!result.ok) return fail(result.errors);
    send(result.fields, version);
  }

  function applySaved(saved: FactorData | null) {
    if (!saved) return onClose();
    setValues(toFactorFormValues(saved));
    setVersion(saved.version);
    setConflict(null);
    setNote(t('factors.conflict.usedSaved'));
    focusOn(factorFieldId('title'));
  }

  const invalid = FIELD_ORDER.filter((key) => errors[key] !== undefined);
  const fieldProps = {
    values,
    errors,
    register,
    onChange: (patch: Partial<FactorFormValues>) => setValues((v) => ({ ...v, ...patch })),
  };
  const title = factor
    ? t('factors.form.editTitle', { title: factor.title })
    : t('factors.form.newTitle');
  const likelihood = Number(values.likelihood);
  const impact = Number(values.impact);

  return (
    <FormDialog
      title={title}
      onClose={onClose}
      className="factor-form"
      onSubmit={onSubmit}
      note={note}
      conflict={
        conflict && (
          <ConflictPanel
            messages="factors.conflict"
            text={describeSavedBy(t, 'factors.conflict', conflict.saved)}
            rows={describeFactorConflict(t, conflict.mine, conflict.saved, register)}
            onUseSaved={() => applySaved(conflict.saved)}
            onKeepMine={() => {
              setVersion(conflict.currentVersion);
              setConflict(null);
              send(conflict.mine, conflict.currentVersion);
            }}
          />
        )
      }
      intro={
        register.currentRound && (
          <p className="form-hint">{t('factors.form.intro', { round: register.currentRound })}</p>
        )
      }
      alert={formError && t(`factors.form.formErrors.${formError}`)}
      alertId="factor-form-alert"
      summary={
        <ErrorSummary
          id="factor-error-summary"
          heading={t('factors.form.summaryHeading')}
          text={t('factors.form.summaryText')}
          items={invalid.map((key) => ({
            id: factorFieldId(key),
            text: t('factors.form.summaryItem', {
              field: t(FIELD_LABELS[key]),
              message: t(`factors.form.errors.${errors[key]!}`),
            }),
          }))}
        />
      }
      submitLabel={t('factors.form.save')}
      pending={save.isPending}
      pendingLabel={t('factors.form.saving')}
      cancelLabel={t('factors.form.cancel')}
    >
      <FactorMainFields {...fieldProps} />
      {likelihood > 0 && impact > 0 && (
        <p className="factor-score-preview" aria-live="polite">
          {t('factors.form.scorePreview', {
            score: likelihood * impact,
            band: t(`factors.band.${bandOf(likelihood * impact)}`),
          })}
        </p>
      )}
      <FactorLinkFields {...fieldProps} />
    </FormDialog>
  );
}
