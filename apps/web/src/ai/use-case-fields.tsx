import { AI_STATUSES } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { CheckboxList } from '../components/checkbox-group';
import { SelectField, TextAreaField } from '../components/form-field';
import { TitleField } from '../components/title-field';
import { bindFields } from '../forms/bind-fields';
import { DIMENSIONS, type AiRegisterData } from './types';
import {
  fieldIdOf,
  type UseCaseFieldErrors,
  type UseCaseFieldKey,
  type UseCaseFormValues,
} from './use-case-values';

const ONE_TO_FIVE = ['1', '2', '3', '4', '5'];

/** Every input of the use-case form, each with its Swedish label and its own error. */
export function UseCaseFields({
  values,
  errors,
  register,
  ownUnit,
  onChange,
}: {
  values: UseCaseFormValues;
  errors: UseCaseFieldErrors;
  register: AiRegisterData;
  /** A reporter's unit: the only one offered. */
  ownUnit: string | null;
  onChange: (patch: Partial<UseCaseFormValues>) => void;
}) {
  const { t } = useTranslation();
  const message = (key: UseCaseFieldKey) => {
    const error = errors[key];
    return error && t(`ai.errors.${error}`);
  };
  const field = bindFields({ values, onChange, idOf: fieldIdOf, message });
  const units = ownUnit ? register.units.filter((u) => u.slug === ownUnit) : register.units;
  const scoreOptions = (hintKey: 'value' | 'effort' | 'readiness') =>
    ONE_TO_FIVE.map((v) => ({ value: v, label: t(`ai.form.scale.${hintKey}.${v as '1'}`) }));
  return (
    <>
      <TitleField {...field('title')} label={t('ai.form.title')} />
      <TextAreaField {...field('description')} label={t('ai.form.description')} />
      <div className="ai-inline-fields">
        <SelectField
          {...field('unitSlug')}
          label={t('ai.form.unit')}
          hint={ownUnit ? t('ai.form.unitOwnHint') : undefined}
          options={[
            ...(ownUnit ? [] : [{ value: '', label: t('ai.form.chooseUnit') }]),
            ...units.map((u) => ({ value: u.slug, label: u.name })),
          ]}
        />
        <SelectField
          {...field('status')}
          label={t('ai.form.status')}
          options={AI_STATUSES.map((s) => ({ value: s, label: t(`ai.status.${s}`) }))}
          onChange={(e) => {
            const status = AI_STATUSES.find((s) => s === e.target.value);
            if (status) onChange({ status });
          }}
        />
      </div>
      <div className="ai-inline-fields">
        <SelectField
          {...field('value')}
          label={t('ai.form.value')}
          options={scoreOptions('value')}
        />
        <SelectField
          {...field('effort')}
          label={t('ai.form.effort')}
          options={scoreOptions('effort')}
        />
      </div>
      <fieldset className="choice-fieldset">
        <legend>{t('ai.form.readiness')}</legend>
        <p className="field-hint">{t('ai.form.readinessHint')}</p>
        <div className="ai-inline-fields">
          {DIMENSIONS.map((d) => (
            <SelectField
              key={d}
              id={fieldIdOf(`readiness.${d}`)}
              label={t(`ai.dimension.${d}`)}
              error={message(`readiness.${d}`)}
              value={values.readiness[d]}
              options={[
                { value: '', label: t('ai.form.chooseScore') },
                ...ONE_TO_FIVE.map((v) => ({ value: v, label: v })),
              ]}
              onChange={(e) =>
                onChange({ readiness: { ...values.readiness, [d]: e.target.value } })
              }
            />
          ))}
        </div>
      </fieldset>
      <CheckboxList
        id={fieldIdOf('dependsOnNeeds')}
        legend={t('ai.form.needs')}
        error={message('dependsOnNeeds')}
        options={register.needs.map((n) => ({ value: n.code, label: n.title }))}
        checked={values.dependsOnNeeds}
        onChange={(dependsOnNeeds) => onChange({ dependsOnNeeds })}
      />
    </>
  );
}
