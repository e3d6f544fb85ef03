import { TITLE_MAX_LENGTH } from '@lagesbild/domain';
import { AI_STATUSES } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../components/form-field';
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
  const units = ownUnit ? register.units.filter((u) => u.slug === ownUnit) : register.units;
  const scoreOptions = (hintKey: 'value' | 'effort' | 'readiness') =>
    ONE_TO_FIVE.map((v) => ({ value: v, label: t(`ai.form.scale.${hintKey}.${v as '1'}`) }));
  return (
    <>
      <TextField
        id={fieldIdOf('title')}
        label={t('ai.form.title')}
        required
        autoComplete="off"
        autoFocus
        maxLength={TITLE_MAX_LENGTH + 50}
        error={message('title')}
        value={values.title}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <TextAreaField
        id={fieldIdOf('description')}
        label={t('ai.form.description')}
        error={message('description')}
        value={values.description}
        onChange={(e) => onChange({ description: e.target.value })}
      />
      <div className="ai-inline-fields">
        <SelectField
          id={fieldIdOf('unitSlug')}
          label={t('ai.form.unit')}
          hint={ownUnit ? t('ai.form.unitOwnHint') : undefined}
          error={message('unitSlug')}
          value={values.unitSlug}
          options={[
            ...(ownUnit ? [] : [{ value: '', label: t('ai.form.chooseUnit') }]),
            ...units.map((u) => ({ value: u.slug, label: u.name })),
          ]}
          onChange={(e) => onChange({ unitSlug: e.target.value })}
        />
        <SelectField
          id={fieldIdOf('status')}
          label={t('ai.form.status')}
          error={message('status')}
          value={values.status}
          options={AI_STATUSES.map((s) => ({ value: s, label: t(`ai.status.${s}`) }))}
          onChange={(e) => {
            const status = AI_STATUSES.find((s) => s === e.target.value);
            if (status) onChange({ status });
          }}
        />
      </div>
      <div className="ai-inline-fields">
        <SelectField
          id={fieldIdOf('value')}
          label={t('ai.form.value')}
          error={message('value')}
          value={values.value}
          options={scoreOptions('value')}
          onChange={(e) => onChange({ value: e.target.value })}
        />
        <SelectField
          id={fieldIdOf('effort')}
          label={t('ai.form.effort')}
          error={message('effort')}
          value={values.effort}
          options={scoreOptions('effort')}
          onChange={(e) => onChange({ effort: e.target.value })}
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
      <fieldset
        className={errors.dependsOnNeeds ? 'choice-fieldset has-error' : 'choice-fieldset'}
        aria-describedby={
          errors.dependsOnNeeds ? `${fieldIdOf('dependsOnNeeds')}-error` : undefined
        }
      >
        <legend>{t('ai.form.needs')}</legend>
        {errors.dependsOnNeeds && (
          <p id={`${fieldIdOf('dependsOnNeeds')}-error`} className="field-error">
            {message('dependsOnNeeds')}
          </p>
        )}
        <ul className="checkbox-list checkbox-list-scroll">
          {register.needs.map((n, i) => (
            <li key={n.code}>
              <label>
                <input
                  type="checkbox"
                  id={i === 0 ? fieldIdOf('dependsOnNeeds') : undefined}
                  checked={values.dependsOnNeeds.includes(n.code)}
                  onChange={(e) =>
                    onChange({
                      dependsOnNeeds: e.target.checked
                        ? [...values.dependsOnNeeds, n.code]
                        : values.dependsOnNeeds.filter((c) => c !== n.code),
                    })
                  }
                />{' '}
                {n.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
