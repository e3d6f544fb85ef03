import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../forms/api-error';
import { FormDialog } from '../components/form-dialog';
import { TextAreaField, TextField } from '../components/form-field';
import { bindFields } from '../forms/bind-fields';
import { formatDate } from '../format';
import { trpc } from '../trpc';
import {
  describeFailure,
  ErrorSummary,
  findIssueCodes,
  refreshBenefits,
  type ShownError,
} from './form-parts';
import { parseValue, toPercent } from './register';
import type { BenefitData, BenefitErrorKey } from './types';

type Field = 'date' | 'value' | 'note';
const ID: Record<Field, string> = {
  date: 'measurement-date',
  value: 'measurement-value',
  note: 'measurement-note',
};

/** A unit (or ITD) records a measured value; one per benefit and day, never silently replaced. */
export function MeasurementDialog({
  benefit,
  today,
  onClose,
  onSaved,
}: {
  benefit: BenefitData;
  today: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ date: today, value: '', note: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<BenefitErrorKey | null>(null);
  const busy = useRef(false);
  const record = useMutation(trpc.benefits.recordMeasurement.mutationOptions());
  const label = (field: Field) => t(`benefits.form.measurement.${field}`);
  const message = (key: BenefitErrorKey) => t(`benefits.form.errors.${key}`);
  const field = bindFields({
    values,
    onChange: (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch })),
    idOf: (key: Field) => ID[key],
    message: (key: Field) => errors[key],
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy.current || record.isPending) return;
    const found: Partial<Record<Field, string>> = {};
    const parsed = parseValue(values.value);
    if (!parsed.ok) found.value = message(parsed.error);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) found.date = message('dateRequired');
    else if (values.date > today) found.date = message('futureDate');
    if (values.note.length > 1000) found.note = message('textTooLong');
    setFailure(null);
    setErrors(found);
    if (!parsed.ok || Object.keys(found).length > 0) return;
    busy.current = true;
    record.mutate(
      {
        benefitCode: benefit.code,
        measurement: { date: values.date, value: parsed.value },
        note: values.note.trim(),
      },
      {
        onSuccess: (result) => {
          refreshBenefits(queryClient, trpc.benefits.pathKey());
          onSaved(
            result.realisation === null
              ? t('benefits.form.measurement.saved', { title: benefit.title })
              : t('benefits.form.measurement.savedRate', {
                  title: benefit.title,
                  value: toPercent(result.realisation),
                }),
          );
          onClose();
        },
        onError: (error) => {
          const parsed = parseApiError<{ value?: number }>(error);
          if (parsed.kind === 'conflict') {
            const current = parsed.saved;
            return setErrors({
              date: t('benefits.form.errors.sameDay', {
                date: formatDate(values.date),
                value: current?.value ?? '',
              }),
            });
          }
          const issues = findIssueCodes(error);
          const apiErrors: Partial<Record<Field, string>> = {};
          if (issues['measurement.date'])
            apiErrors.date = message(
              issues['measurement.date'] === 'futureDate' ? 'futureDate' : 'dateRequired',
            );
          if (issues['measurement.value']) apiErrors.value = message('valueInvalid');
          if (issues.note)
            apiErrors.note = message(issues.note === 'invalidText' ? 'invalidText' : 'textTooLong');
          if (Object.keys(apiErrors).length > 0) return setErrors(apiErrors);
          setFailure(issues.benefitCode === 'ownUnitOnly' ? 'ownUnitOnly' : describeFailure(error));
        },
        onSettled: () => {
          busy.current = false;
        },
      },
    );
  }

  const shown: ShownError[] = (['date', 'value', 'note'] as const)
    .filter((f) => errors[f])
    .map((f) => ({ id: ID[f], label: label(f), message: errors[f]! }));

  return (
    <FormDialog
      title={t('benefits.form.measurement.title', { title: benefit.title })}
      onClose={onClose}
      className="benefit-form"
      onSubmit={onSubmit}
      intro={
        <p className="form-hint">
          {t('benefits.form.measurement.intro', {
            metric: benefit.metric,
            baseline: benefit.baseline,
            target: benefit.target,
          })}
        </p>
      }
      alert={failure && message(failure)}
      summary={<ErrorSummary errors={shown} />}
      submitLabel={t('benefits.form.measurement.submit')}
      pending={record.isPending}
      pendingLabel={t('benefits.form.saving')}
      cancelLabel={t('benefits.form.cancel')}
    >
      <TextField {...field('date')} label={label('date')} type="date" max={today} />
      <TextField
        {...field('value')}
        label={label('value')}
        hint={benefit.metric}
        inputMode="decimal"
        autoComplete="off"
      />
      <TextAreaField {...field('note')} label={label('note')} />
    </FormDialog>
  );
}
