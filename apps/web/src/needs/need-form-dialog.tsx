import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../forms/api-error';
import { findInputLocale } from '../forms/format-fte';
import { FormDialog } from '../components/form-dialog';
import { useFormErrors } from '../forms/use-form-errors';
import { trpc } from '../trpc';
import {
  buildNeedFields,
  listNeedFieldOrder,
  type NeedFields,
  type NeedFormMode,
} from './build-need-fields';
import { NeedIdentityFields, NeedRankFields, NeedScheduleFields } from './need-basic-fields';
import { describeFormError, mapNeedApiErrors, type NeedFormError } from './need-api-errors';
import { ConflictPanel, describeSavedBy } from '../components/conflict-panel';
import { describeNeedConflict } from './need-conflict';
import { NeedErrorSummary } from './need-error-summary';
import { NeedConstraintFields, NeedDependencyFields } from './need-link-fields';
import { NeedMoneyFields } from './need-money-fields';
import { NeedCapabilityRows, NeedFteRows } from './need-row-fields';
import {
  needFieldId,
  toNeedFormValues,
  type NeedFieldError,
  type NeedFieldErrors,
  type NeedFieldKey,
  type NeedFormValues,
} from './need-values';
import { refreshPlanning } from './refresh';
import { detectDependencyCycle } from './register';
import type { NeedData, NeedRegisterData } from './types';

interface NeedFormDialogProps {
  mode: NeedFormMode;
  /** The need to change; null for a new one (or a unit's proposal). */
  need: NeedData | null;
  register: NeedRegisterData;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** Every field of a need in one dialog; a save over someone else's newer one is a choice, never silent. */
export function NeedFormDialog({ mode, need, register, onClose, onSaved }: NeedFormDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // A new need starts the year after the organisation's current one.
  const defaultStart = Number(register.asOf.today.slice(0, 4)) + 1;
  const [values, setValues] = useState<NeedFormValues>(() =>
    toNeedFormValues(need, {
      startYear: defaultStart,
      ownUnit: mode.kind === 'propose' ? mode.unit : null,
      locale: findInputLocale(),
    }),
  );
  const [version, setVersion] = useState(need?.version ?? 0);
  const [conflict, setConflict] = useState<{
    currentVersion: number;
    saved: NeedData | null;
    mine: NeedFields;
    fieldOfPath: Record<string, NeedFieldKey>;
  } | null>(null);
  const [note, setNote] = useState('');
  // A second click arrives before React re-renders with isPending: the ref stops it at once.
  const busy = useRef(false);
  const saveNeed = useMutation(trpc.planning.saveNeed.mutationOptions());
  const proposeNeed = useMutation(trpc.planning.proposeNeed.mutationOptions());
  const pending = saveNeed.isPending || proposeNeed.isPending;
  const order = listNeedFieldOrder(values, mode);
  const { errors, formError, fail, clear, focusOn } = useFormErrors<
    NeedFieldKey,
    NeedFieldError,
    NeedFormError
  >({ order, idOf: needFieldId, alertId: 'need-form-alert' });

  function send(fields: NeedFields, fieldOfPath: Record<string, NeedFieldKey>, atVersion: number) {
    busy.current = true;
    setNote('');
    const done = {
      onSuccess: () => {
        refreshPlanning(queryClient);
        const key = mode.kind === 'propose' ? 'needs.form.proposed' : 'needs.form.saved';
        onSaved(t(key, { title: fields.title }));
        onClose();
      },
      onError: async (error: unknown) => {
        const parsed = parseApiError(error);
        const stale = parsed.kind === 'conflict' ? parsed.currentVersion : null;
        if (stale !== null && need) {
          // The conflict tells only the version: the saved values are read again to show them.
          const fresh = await queryClient
            .fetchQuery({ ...trpc.planning.needs.queryOptions(), staleTime: 0 })
            .catch(() => null);
          clear();
          setConflict({
            currentVersion: stale,
            saved: fresh?.needs.find((n) => n.code === need.code) ?? null,
            mine: fields,
            fieldOfPath,
          });
          return;
        }
        const apiErrors = mapNeedApiErrors(error, fieldOfPath);
        if (Object.keys(apiErrors).length > 0) fail(apiErrors);
        else fail({}, describeFormError(error));
      },
      onSettled: () => {
        busy.current = false;
      },
    };
    if (mode.kind === 'propose') proposeNeed.mutate({ fields }, done);
    else saveNeed.mutate({ code: need?.code ?? null, version: atVersion, fields }, done);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy.current || pending) return;
    const result = buildNeedFields(values, mode);
    // Only a saved need can be waited for, so only a change can close a circle.
    const cycle =
      need !== null && detectDependencyCycle(need.code, values.dependsOn, register.needs);
    if (!result.ok || cycle) {
      const errors: NeedFieldErrors = result.ok ? {} : result.errors;
      return fail(cycle ? { ...errors, dependsOn: 'dependencyCycle' } : errors);
    }
    send(result.built.fields, result.built.fieldOfPath, version);
  }

  function applySaved(saved: NeedData | null) {
    if (!saved) return onClose();
    setValues(
      toNeedFormValues(saved, {
        startYear: defaultStart,
        ownUnit: null,
        locale: findInputLocale(),
      }),
    );
    setVersion(saved.version);
    setConflict(null);
    setNote(t('needs.conflict.usedSaved'));
    focusOn(needFieldId('title'));
  }

  const title =
    mode.kind === 'propose'
      ? t('needs.form.proposeTitle')
      : need
        ? t('needs.form.editTitle', { title: need.title })
        : t('needs.form.newTitle');
  const section = {
    values,
    errors,
    register,
    mode,
    code: need?.code ?? null,
    onChange: (patch: Partial<NeedFormValues>) => setValues((v) => ({ ...v, ...patch })),
  };

  return (
    <FormDialog
      title={title}
      onClose={onClose}
      className="need-form"
      onSubmit={onSubmit}
      note={note}
      conflict={
        conflict && (
          <ConflictPanel
            messages="needs.conflict"
            text={describeSavedBy(t, 'needs.conflict', conflict.saved)}
            rows={describeNeedConflict(t, conflict.mine, conflict.saved, register)}
            onUseSaved={() => applySaved(conflict.saved)}
            onKeepMine={() => {
              setVersion(conflict.currentVersion);
              setConflict(null);
              send(conflict.mine, conflict.fieldOfPath, conflict.currentVersion);
            }}
          />
        )
      }
      intro={mode.kind === 'propose' && <p className="form-hint">{t('needs.form.proposeIntro')}</p>}
      alert={formError && t(`needs.formErrors.${formError}`)}
      alertId="need-form-alert"
      summary={<NeedErrorSummary errors={errors} order={order} values={values} />}
      submitLabel={mode.kind === 'propose' ? t('needs.form.propose') : t('needs.form.save')}
      pending={pending}
      pendingLabel={t('needs.form.saving')}
      cancelLabel={t('needs.form.cancel')}
    >
      <NeedIdentityFields {...section} />
      <NeedCapabilityRows {...section} />
      <NeedScheduleFields {...section} />
      <NeedMoneyFields {...section} />
      <NeedFteRows {...section} />
      <NeedDependencyFields {...section} />
      <NeedConstraintFields {...section} />
      <NeedRankFields {...section} />
    </FormDialog>
  );
}
