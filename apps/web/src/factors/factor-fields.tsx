import { TITLE_MAX_LENGTH } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { CheckboxList } from '../components/checkbox-group';
import { SelectField, TextAreaField, TextField } from '../components/form-field';
import { TitleField } from '../components/title-field';
import { bindFields } from '../forms/bind-fields';
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

/** The factor form's message for each field and `field(key)`, the props its text fields and selects take. */
function useFactorFields({ values, errors, onChange }: FieldsProps) {
  const { t } = useTranslation();
  const message = (key: FactorFieldKey) => {
    const error = errors[key];
    return error && t(`factors.form.errors.${error}`);
  };
  return { message, field: bindFields({ values, onChange, idOf: factorFieldId, message }) };
}

/** Name, kind, likelihood, impact, owner, mitigation and status. */
export function FactorMainFields(props: FieldsProps) {
  const { onChange } = props;
  const { t } = useTranslation();
  const { field } = useFactorFields(props);
  return (
    <>
      <TitleField {...field('title')} label={t('factors.form.field.title')} />
      <div className="factor-inline-fields">
        <SelectField
          {...field('kind')}
          label={t('factors.form.field.kind')}
          options={KINDS.map((k) => ({ value: k, label: t(`factors.kind.${k}`) }))}
          onChange={(e) => onChange({ kind: KINDS.find((k) => k === e.target.value) ?? 'risk' })}
        />
        <SelectField
          {...field('likelihood')}
          label={t('factors.form.field.likelihood')}
          hint={t('factors.form.field.likelihoodHint')}
          options={ONE_TO_FIVE}
        />
        <SelectField
          {...field('impact')}
          label={t('factors.form.field.impact')}
          hint={t('factors.form.field.impactHint')}
          options={ONE_TO_FIVE}
        />
        <SelectField
          {...field('status')}
          label={t('factors.form.field.status')}
          options={STATUSES.map((s) => ({ value: s, label: t(`factors.status.${s}`) }))}
          onChange={(e) =>
            onChange({ status: STATUSES.find((s) => s === e.target.value) ?? 'open' })
          }
        />
      </div>
      <TextField
        {...field('owner')}
        label={t('factors.form.field.owner')}
        hint={t('factors.form.field.ownerHint')}
        required
        autoComplete="off"
        maxLength={TITLE_MAX_LENGTH + 50}
      />
      <TextAreaField {...field('mitigation')} label={t('factors.form.field.mitigation')} />
    </>
  );
}

/** The capabilities and needs the factor concerns, as two groups of checkboxes. */
export function FactorLinkFields(props: FieldsProps) {
  const { values, register, onChange } = props;
  const { t } = useTranslation();
  const { message } = useFactorFields(props);
  return (
    <>
      <CheckboxList
        id={factorFieldId('capabilityCodes')}
        legend={t('factors.form.field.capabilities')}
        error={message('capabilityCodes')}
        options={register.capabilities.map((c) => ({ value: c.code, label: c.name }))}
        checked={values.capabilityCodes}
        onChange={(capabilityCodes) => onChange({ capabilityCodes })}
      />
      <CheckboxList
        id={factorFieldId('needCodes')}
        legend={t('factors.form.field.needs')}
        error={message('needCodes')}
        options={register.needs.map((n) => ({ value: n.code, label: n.title }))}
        checked={values.needCodes}
        onChange={(needCodes) => onChange({ needCodes })}
      />
    </>
  );
}
