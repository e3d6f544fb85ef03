import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../forms/api-error';
import { FormDialog } from '../components/form-dialog';
import { SelectField, TextField } from '../components/form-field';
import { bindFields } from '../forms/bind-fields';
import { trpc } from '../trpc';
import {
  BENEFIT_FIELD_ORDER,
  buildBenefitFields,
  toBenefitFormValues,
  type BenefitFieldKey,
  type BenefitFieldsInput,
  type BenefitFormValues,
} from './build-benefit-fields';
import { ConflictPanel } from '../components/conflict-panel';
import {
  conflictText,
  describeFailure,
  isErrorKey,
  ErrorSummary,
  findIssueCodes,
  refreshBenefits,
} from './form-parts';
import type { BenefitData, BenefitErrorKey, BenefitRegisterData, PhaseCode } from './types';

const CATEGORIES = ['ekonomisk', 'tid-resurser', 'kvalitet', 'samhallsnytta'] as const;
const PHASES = ['identifiera', 'specificera', 'planera', 'realisera', 'folja-upp'] as const;
const fieldId = (key: BenefitFieldKey) => `benefit-${key}`;

/** ITD creates or changes a benefit; a save over someone else's newer one is a choice, never silent. */
export function BenefitDialog({
  benefit,
  register,
  onClose,
  onSaved,
}: {
  benefit: BenefitData | null;
  register: BenefitRegisterData;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<BenefitFormValues>(() => toBenefitFormValues(benefit));
  const [version, setVersion] = useState(benefit?.version ?? 0);
  const [errors, setErrors] = useState<Partial<Record<BenefitFieldKey, BenefitErrorKey>>>({});
  const [failure, setFailure] = useState<BenefitErrorKey | null>(null);
  const [conflict, setConflict] = useState<{
    version: number;
    mine: BenefitFieldsInput;
    saved: Record<string, unknown>;
  } | null>(null);
  const busy = useRef(false);
  const save = useMutation(trpc.benefits.save.mutationOptions());
  const label = (key: BenefitFieldKey) => t(`benefits.form.benefit.${key}`);
  const message = (key: BenefitErrorKey) => t(`benefits.form.errors.${key}`);

  function send(fields: BenefitFieldsInput, atVersion: number) {
    busy.current = true;
    save.mutate(
      { code: benefit?.code ?? null, version: atVersion, fields },
      {
        onSuccess: () => {
          refreshBenefits(queryClient, trpc.benefits.pathKey());
          onSaved(t('benefits.form.benefit.saved', { title: fields.title }));
          onClose();
        },
        onError: (error) => {
          const parsed = parseApiError<Record<string, unknown>>(error);
          if (parsed.kind === 'conflict' && parsed.currentVersion !== null) {
            setConflict({
              version: parsed.currentVersion,
              mine: fields,
              saved: parsed.saved ?? {},
            });
            return;
          }
          const found: Partial<Record<BenefitFieldKey, BenefitErrorKey>> = {};
          for (const [path, code] of Object.entries(findIssueCodes(error))) {
            const key = path.replace(/^fields\./, '') as BenefitFieldKey;
            if (BENEFIT_FIELD_ORDER.includes(key)) found[key] = isErrorKey(code) ? code : 'invalid';
          }
          if (Object.keys(found).length > 0) return setErrors(found);
          setFailure(describeFailure(error));
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
    setFailure(null);
    const built = buildBenefitFields(values);
    if (!built.ok) return setErrors(built.errors);
    setErrors({});
    send(built.fields, version);
  }

  const errorText = (key: BenefitFieldKey) => {
    const code = errors[key];
    return code ? message(code) : undefined;
  };
  const shown = BENEFIT_FIELD_ORDER.filter((k) => errors[k]).map((k) => ({
    id: fieldId(k),
    label: label(k),
    message: errorText(k)!,
  }));
  const field = bindFields({
    values,
    onChange: (patch: Partial<BenefitFormValues>) => setValues((v) => ({ ...v, ...patch })),
    idOf: fieldId,
    message: errorText,
  });
  const text = (key: BenefitFieldKey, extra: Record<string, unknown> = {}) => (
    <TextField {...field(key)} label={label(key)} {...extra} />
  );
  const select = (key: BenefitFieldKey, options: { value: string; label: string }[]) => (
    <SelectField {...field(key)} label={label(key)} options={options} />
  );
  const choose = { value: '', label: t('benefits.form.choose') };
  const conflictRows = conflict
    ? (
        ['title', 'metric', 'baseline', 'target', 'targetDate', 'phase', 'followUpMonths'] as const
      ).map((key) => {
        const shownValue = (v: unknown) =>
          key === 'phase' && typeof v === 'string'
            ? t(`benefits.phase.${v as PhaseCode}`)
            : String(v ?? '–');
        return {
          label: label(key),
          mine: shownValue(conflict.mine[key]),
          saved: shownValue(conflict.saved[key]),
        };
      })
    : [];

  return (
    <FormDialog
      title={
        benefit
          ? t('benefits.form.benefit.editTitle', { title: benefit.title })
          : t('benefits.form.benefit.newTitle')
      }
      onClose={onClose}
      className="benefit-form"
      onSubmit={onSubmit}
      conflict={
        conflict && (
          <ConflictPanel
            messages="benefits.conflict"
            text={conflictText(
              t,
              typeof conflict.saved.updatedBy === 'string' ? conflict.saved.updatedBy : null,
            )}
            rows={conflictRows}
            onUseSaved={() => {
              refreshBenefits(queryClient, trpc.benefits.pathKey());
              onClose();
            }}
            onKeepMine={() => {
              setVersion(conflict.version);
              setConflict(null);
              send(conflict.mine, conflict.version);
            }}
          />
        )
      }
      alert={failure && message(failure)}
      summary={<ErrorSummary errors={shown} />}
      submitLabel={t('benefits.form.save')}
      pending={save.isPending}
      pendingLabel={t('benefits.form.saving')}
      cancelLabel={t('benefits.form.cancel')}
    >
      {text('title')}
      {select('needCode', [
        choose,
        ...register.needs.map((n) => ({ value: n.code, label: n.title })),
      ])}
      {select('unitSlug', [
        choose,
        ...register.units.map((u) => ({ value: u.slug, label: `${u.name} (${u.board})` })),
      ])}
      {select(
        'category',
        CATEGORIES.map((c) => ({ value: c, label: t(`benefits.category.${c}`) })),
      )}
      {text('metric', { hint: t('benefits.form.benefit.metricHint') })}
      {text('baseline', { inputMode: 'decimal', autoComplete: 'off' })}
      {text('target', { inputMode: 'decimal', autoComplete: 'off' })}
      {text('targetDate', { type: 'date' })}
      {select(
        'phase',
        PHASES.map((p) => ({ value: p, label: t(`benefits.phase.${p}`) })),
      )}
      {text('followUpMonths', { inputMode: 'numeric', autoComplete: 'off' })}
    </FormDialog>
  );
}
