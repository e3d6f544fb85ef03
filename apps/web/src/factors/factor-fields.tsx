import { TITLE_MAX_LENGTH } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../components/form-field';
import {
  factorFieldId,
  type FactorFieldErrors,
  type FactorFieldKey,
  type FactorFormValues,
} from './factor-values';
import type { FactorRegisterData } from './types';

interface FieldsProps {
  values: FactorFormValues;
  errors: FactorFieldErrors;
  register: FactorRegisterData;
  onChange: (patch: Partial<FactorFormValues>) => void;
}

const ONE_TO_FIVE = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }));
const KINDS = ['risk', 'success'] as const;
const STATUSES = ['open', 'mitigating', 'closed'] as const;

function useMessage(errors: FactorFieldErrors) {
  const { t } = useTranslation();
  return (key: FactorFieldKey) => {
    const error = errors[key];
    return error && t(`factors.form.errors.${error}`);
  };
}

/** Name, kind, likelihood, impact, owner, mitigation and status. */
export function FactorMainFields({ values, errors, onChange }: FieldsProps) {
  const { t } = useTranslation();
  const message = useMessage(errors);
  return (
    <>
      <TextField
        id={factorFieldId('title')}
        label={t('factors.form.field.title')}
        required
        autoComplete="off"
        // The dialog opens on the user's own click: typing can start at once.
        autoFocus
        maxLength={TITLE_MAX_LENGTH + 50}
        error={message('title')}
        value={values.title}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <div className="factor-inline-fields">
        <SelectField
          id={factorFieldId('kind')}
          label={t('factors.form.field.kind')}
          error={message('kind')}
          value={values.kind}
          options={KINDS.map((k) => ({ value: k, label: t(`factors.kind.${k}`) }))}
          onChange={(e) => onChange({ kind: KINDS.find((k) => k === e.target.value) ?? 'risk' })}
        />
        <SelectField
          id={factorFieldId('likelihood')}
          label={t('factors.form.field.likelihood')}
          hint={t('factors.form.field.likelihoodHint')}
          error={message('likelihood')}
          value={values.likelihood}
          options={ONE_TO_FIVE}
          onChange={(e) => onChange({ likelihood: e.target.value })}
        />
        <SelectField
          id={factorFieldId('impact')}
          label={t('factors.form.field.impact')}
          hint={t('factors.form.field.impactHint')}
          error={message('impact')}
          value={values.impact}
          options={ONE_TO_FIVE}
          onChange={(e) => onChange({ impact: e.target.value })}
        />
        <SelectField
          id={factorFieldId('status')}
          label={t('factors.form.field.status')}
          error={message('status')}
          value={values.status}
          options={STATUSES.map((s) => ({ value: s, label: t(`factors.status.${s}`) }))}
          onChange={(e) =>
            onChange({ status: STATUSES.find((s) => s === e.target.value) ?? 'open' })
          }
        />
      </div>
      <TextField
        id={factorFieldId('owner')}
        label={t('factors.form.field.owner')}
        hint={t('factors.form.field.ownerHint')}
        required
        autoComplete="off"
        maxLength={TITLE_MAX_LENGTH + 50}
        error={message('owner')}
        value={values.owner}
        onChange={(e) => onChange({ owner: e.target.value })}
      />
      <TextAreaField
        id={factorFieldId('mitigation')}
        label={t('factors.form.field.mitigation')}
        error={message('mitigation')}
        value={values.mitigation}
        onChange={(e) => onChange({ mitigation: e.target.value })}
      />
    </>
  );
}

/** The capabilities and needs the factor concerns, as two groups of checkboxes. */
export function FactorLinkFields({ values, errors, register, onChange }: FieldsProps) {
  const { t } = useTranslation();
  const message = useMessage(errors);
  return (
    <>
      <CheckboxList
        field="capabilityCodes"
        legend={t('factors.form.field.capabilities')}
        error={message('capabilityCodes')}
        options={register.capabilities.map((c) => ({ value: c.code, label: c.name }))}
        checked={values.capabilityCodes}
        onChange={(capabilityCodes) => onChange({ capabilityCodes })}
      />
      <CheckboxList
        field="needCodes"
        legend={t('factors.form.field.needs')}
        error={message('needCodes')}
        options={register.needs.map((n) => ({ value: n.code, label: n.title }))}
        checked={values.needCodes}
        onChange={(needCodes) => onChange({ needCodes })}
      />
    </>
  );
}

/** Checkboxes under one legend; the first box carries the group's id so focus can reach it. */
function CheckboxList({
  field,
  legend,
  error,
  options,
  checked,
  onChange,
}: {
  field: FactorFieldKey;
  legend: string;
  error: string | undefined;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const { t } = useTranslation();
  const id = factorFieldId(field);
  return (
    <fieldset
      className={error ? 'choice-fieldset has-error' : 'choice-fieldset'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <ul className="checkbox-list checkbox-list-scroll">
        {options.map((o, i) => (
          <li key={o.value}>
            <label>
              <input
                type="checkbox"
                id={i === 0 ? id : undefined}
                checked={checked.includes(o.value)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? [...checked.filter((v) => v !== o.value), o.value]
                      : checked.filter((v) => v !== o.value),
                  )
                }
              />{' '}
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
