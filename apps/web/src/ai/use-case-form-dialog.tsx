import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../forms/api-error';
import { ConflictPanel } from '../components/conflict-panel';
import type { ConflictRow } from '../components/conflict-table';
import { ErrorSummary } from '../components/error-summary';
import { FormDialog } from '../components/form-dialog';
import { useFormErrors } from '../forms/use-form-errors';
import { trpc } from '../trpc';
import { DIMENSIONS, type AiRegisterData, type AiUseCaseData } from './types';
import { UseCaseFields } from './use-case-fields';
import {
  buildUseCaseFields,
  FIELD_ORDER,
  mapUseCaseApiErrors,
  toFormValues,
  fieldIdOf,
  type UseCaseFieldError,
  type UseCaseFieldKey,
  type UseCaseFields as Fields,
  type UseCaseFormValues,
} from './use-case-values';

interface Props {
  useCase: AiUseCaseData | null;
  register: AiRegisterData;
  ownUnit: string | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** Creates or changes a use case; a save over someone else's newer one is a choice, never silent. */
export function UseCaseFormDialog({ useCase, register, ownUnit, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<UseCaseFormValues>(() => toFormValues(useCase, ownUnit));
  const [version, setVersion] = useState(useCase?.version ?? 0);
  const [conflict, setConflict] = useState<{
    version: number;
    current: Fields | null;
    mine: Fields;
  } | null>(null);
  const { errors, formError, fail, clear } = useFormErrors<UseCaseFieldKey, UseCaseFieldError>({
    order: FIELD_ORDER,
    idOf: fieldIdOf,
    alertId: 'ai-form-alert',
  });
  // A second click arrives before React re-renders with isPending: the ref stops it at once.
  const busy = useRef(false);
  const save = useMutation(trpc.ai.saveUseCase.mutationOptions());

  function send(fields: Fields, atVersion: number) {
    busy.current = true;
    save.mutate(
      { code: useCase?.code ?? null, version: atVersion, fields },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: trpc.ai.pathKey() });
          onSaved(t('ai.form.saved', { title: fields.title }));
          onClose();
        },
        onError: (error) => {
          const parsed = parseApiError<Fields>(error);
          if (parsed.kind === 'conflict' && parsed.currentVersion !== null && useCase) {
            clear();
            setConflict({ version: parsed.currentVersion, current: parsed.saved, mine: fields });
            return;
          }
          const apiErrors = mapUseCaseApiErrors(error);
          if (Object.keys(apiErrors).length > 0) return fail(apiErrors);
          fail({}, true);
          if (parsed.code === null) console.error(error);
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
    const result = buildUseCaseFields(values);
    if (!result.ok) return fail(result.errors);
    send(result.fields, version);
  }

  const title = useCase ? t('ai.form.editTitle', { title: useCase.title }) : t('ai.form.newTitle');
  const shown = FIELD_ORDER.filter((k) => errors[k] !== undefined);
  return (
    <FormDialog
      title={title}
      onClose={onClose}
      className="ai-form"
      onSubmit={onSubmit}
      conflict={
        conflict && (
          <ConflictPanel
            messages="ai.conflict"
            text={t('ai.conflict.text')}
            rows={describeUseCaseConflict(t, conflict.mine, conflict.current, register)}
            onUseSaved={() => {
              if (conflict.current) setValues(toFormValues(conflict.current, ownUnit));
              setVersion(conflict.version);
              setConflict(null);
            }}
            onKeepMine={() => {
              setVersion(conflict.version);
              setConflict(null);
              send(conflict.mine, conflict.version);
            }}
          />
        )
      }
      alert={formError ? t('ai.form.failed') : null}
      alertId="ai-form-alert"
      summary={
        <ErrorSummary
          id="ai-error-summary"
          heading={t('ai.form.summaryHeading')}
          items={shown.map((key) => ({
            id: fieldIdOf(key),
            text: t(`ai.errors.${errors[key]!}`),
          }))}
        />
      }
      submitLabel={t('ai.form.save')}
      pending={save.isPending}
      pendingLabel={t('ai.form.saving')}
      cancelLabel={t('ai.form.cancel')}
    >
      <UseCaseFields
        values={values}
        errors={errors}
        register={register}
        ownUnit={ownUnit}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
      />
    </FormDialog>
  );
}

function describeFields(t: TFunction, f: Fields, register: AiRegisterData) {
  return [
    { label: t('ai.form.title'), value: f.title },
    {
      label: t('ai.form.unit'),
      value: register.units.find((u) => u.slug === f.unitSlug)?.name ?? f.unitSlug,
    },
    { label: t('ai.form.status'), value: t(`ai.status.${f.status}`) },
    { label: t('ai.form.value'), value: String(f.value) },
    { label: t('ai.form.effort'), value: String(f.effort) },
    ...DIMENSIONS.map((d) => ({ label: t(`ai.dimension.${d}`), value: String(f.readiness[d]) })),
    {
      label: t('ai.form.needs'),
      value: f.dependsOnNeeds
        .map((c) => register.needs.find((n) => n.code === c)?.title ?? c)
        .join(', '),
    },
  ];
}

/** The use case as entered beside the one saved first; null when the answer did not carry it. */
function describeUseCaseConflict(
  t: TFunction,
  mine: Fields,
  saved: Fields | null,
  register: AiRegisterData,
): ConflictRow[] | null {
  if (!saved) return null;
  const savedPart = describeFields(t, saved, register);
  return describeFields(t, mine, register).map((m, i) => ({
    label: m.label,
    mine: m.value,
    saved: savedPart[i]!.value,
  }));
}
