import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../forms/api-error';
import { FormDialog } from '../components/form-dialog';
import { SelectField, TextAreaField, TextField } from '../components/form-field';
import { bindFields } from '../forms/bind-fields';
import { formatDate } from '../format';
import { trpc } from '../trpc';
import { ConflictPanel } from '../components/conflict-panel';
import {
  conflictText,
  describeFailure,
  ErrorSummary,
  findIssueCodes,
  refreshBenefits,
  type ShownError,
} from './form-parts';
import type {
  ActionOwnerCode,
  BenefitActionData,
  BenefitErrorKey,
  BenefitRegisterData,
} from './types';

type Field = 'benefitCode' | 'owner' | 'description' | 'dueDate';
const ID: Record<Field, string> = {
  benefitCode: 'action-benefit',
  owner: 'action-owner',
  description: 'action-description',
  dueDate: 'action-due',
};
interface Values {
  benefitCode: string;
  owner: ActionOwnerCode;
  description: string;
  dueDate: string;
  done: boolean;
}

/** ITD records what servicenämnden or KS will do for a benefit, or changes it against its version. */
export function ActionDialog({
  action,
  register,
  onClose,
  onSaved,
}: {
  action: BenefitActionData | null;
  register: BenefitRegisterData;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => ({
    benefitCode: action?.benefitCode ?? '',
    owner: action?.owner ?? 'kommunstyrelsen',
    description: action?.description ?? '',
    dueDate: action?.dueDate ?? '',
    done: action?.done ?? false,
  }));
  const [version, setVersion] = useState(action?.version ?? 0);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<BenefitErrorKey | null>(null);
  const [conflict, setConflict] = useState<{
    version: number;
    saved: Partial<Values> & { updatedBy?: string };
  } | null>(null);
  const busy = useRef(false);
  const save = useMutation(trpc.benefits.saveAction.mutationOptions());
  const label = (field: Field | 'done') => t(`benefits.form.action.${field}`);
  const message = (key: BenefitErrorKey) => t(`benefits.form.errors.${key}`);
  const ownerName = (owner: ActionOwnerCode | undefined) =>
    owner ? t(`benefits.owner.${owner}`) : '–';

  function send(atVersion: number) {
    busy.current = true;
    const fields = { ...values, description: values.description.trim() };
    save.mutate(
      { id: action?.id ?? null, version: atVersion, fields },
      {
        onSuccess: () => {
          refreshBenefits(queryClient, trpc.benefits.pathKey());
          onSaved(t('benefits.form.action.saved', { owner: ownerName(fields.owner) }));
          onClose();
        },
        onError: (error) => {
          const parsed = parseApiError<Partial<Values> & { updatedBy?: string }>(error);
          if (parsed.kind === 'conflict' && parsed.currentVersion !== null) {
            setConflict({ version: parsed.currentVersion, saved: parsed.saved ?? {} });
            return;
          }
          const issues = findIssueCodes(error);
          const found: Partial<Record<Field, string>> = {};
          if (issues['fields.benefitCode']) found.benefitCode = message('unknownBenefit');
          if (issues['fields.description'])
            found.description = message(
              issues['fields.description'] === 'invalidText'
                ? 'invalidText'
                : 'descriptionRequired',
            );
          if (issues['fields.dueDate']) found.dueDate = message('dateRequired');
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
    const found: Partial<Record<Field, string>> = {};
    if (!values.benefitCode) found.benefitCode = message('benefitRequired');
    if (!values.description.trim()) found.description = message('descriptionRequired');
    else if (values.description.length > 1000) found.description = message('textTooLong');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.dueDate)) found.dueDate = message('dateRequired');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length === 0) send(version);
  }

  const shown: ShownError[] = (['benefitCode', 'owner', 'description', 'dueDate'] as const)
    .filter((f) => errors[f])
    .map((f) => ({ id: ID[f], label: label(f), message: errors[f]! }));
  const yesNo = (done: boolean | undefined) => t(done ? 'benefits.yes' : 'benefits.no');
  const field = bindFields({
    values,
    onChange: (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch })),
    idOf: (key: Field) => ID[key],
    message: (key: Field) => errors[key],
  });

  return (
    <FormDialog
      title={action ? t('benefits.form.action.editTitle') : t('benefits.form.action.newTitle')}
      onClose={onClose}
      className="benefit-form"
      onSubmit={onSubmit}
      conflict={
        conflict && (
          <ConflictPanel
            messages="benefits.conflict"
            text={conflictText(t, conflict.saved.updatedBy ?? null)}
            rows={[
              {
                label: label('owner'),
                mine: ownerName(values.owner),
                saved: ownerName(conflict.saved.owner),
              },
              {
                label: label('description'),
                mine: values.description,
                saved: conflict.saved.description ?? '–',
              },
              {
                label: label('dueDate'),
                mine: values.dueDate ? formatDate(values.dueDate) : '–',
                saved: conflict.saved.dueDate ? formatDate(conflict.saved.dueDate) : '–',
              },
              { label: label('done'), mine: yesNo(values.done), saved: yesNo(conflict.saved.done) },
            ]}
            onUseSaved={() => {
              refreshBenefits(queryClient, trpc.benefits.pathKey());
              onClose();
            }}
            onKeepMine={() => {
              setVersion(conflict.version);
              setConflict(null);
              send(conflict.version);
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
      <SelectField
        {...field('owner')}
        label={label('owner')}
        options={(['kommunstyrelsen', 'servicenamnden'] as const).map((o) => ({
          value: o,
          label: ownerName(o),
        }))}
        onChange={(e) => setValues((v) => ({ ...v, owner: e.target.value as ActionOwnerCode }))}
      />
      <SelectField
        {...field('benefitCode')}
        label={label('benefitCode')}
        options={[
          { value: '', label: t('benefits.form.choose') },
          ...register.benefits.map((b) => ({ value: b.code, label: b.title })),
        ]}
      />
      <TextAreaField {...field('description')} label={label('description')} />
      <TextField {...field('dueDate')} label={label('dueDate')} type="date" />
      <p className="form-check">
        <input
          id="action-done"
          type="checkbox"
          checked={values.done}
          onChange={(e) => setValues((v) => ({ ...v, done: e.target.checked }))}
        />
        <label htmlFor="action-done">{label('done')}</label>
      </p>
    </FormDialog>
  );
}
