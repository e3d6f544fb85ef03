import { CONSTRAINT_KINDS } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../components/form-field';
import { CheckboxGroup, CheckboxList } from '../components/checkbox-group';
import { useFieldMessage, type NeedSectionProps } from './form-controls';
import { needFieldId } from './need-values';

/** The other needs this one waits for; declined needs are not offered unless already chosen. */
export function NeedDependencyFields({
  values,
  errors,
  register,
  code,
  onChange,
}: NeedSectionProps) {
  const { t } = useTranslation();
  const message = useFieldMessage(errors);
  const others = register.needs.filter(
    (n) => n.code !== code && (n.status !== 'declined' || values.dependsOn.includes(n.code)),
  );
  return (
    <CheckboxList
      id={needFieldId('dependsOn')}
      legend={t('needs.field.dependsOn')}
      hint={t('needs.field.dependsOnHint')}
      error={message('dependsOn')}
      options={others.map((n) => ({ value: n.code, label: n.title }))}
      checked={values.dependsOn}
      onChange={(dependsOn) => onChange({ dependsOn })}
    />
  );
}

/** What may hold the need back: a box per kind, and a note when it is ticked. */
export function NeedConstraintFields({ values, errors, onChange }: NeedSectionProps) {
  const { t } = useTranslation();
  const message = useFieldMessage(errors);
  return (
    <CheckboxGroup id="need-constraints" legend={t('needs.field.constraints')}>
      {CONSTRAINT_KINDS.map((kind) => {
        const c = values.constraints[kind];
        const set = (patch: Partial<typeof c>) =>
          onChange({ constraints: { ...values.constraints, [kind]: { ...c, ...patch } } });
        return (
          <div key={kind} className="need-constraint">
            <label>
              <input
                type="checkbox"
                id={`need-constraint-${kind}`}
                checked={c.checked}
                onChange={(e) => set({ checked: e.target.checked })}
              />{' '}
              {t(`needs.constraint.${kind}`)}
            </label>
            {c.checked && (
              <TextAreaField
                id={needFieldId(`constraint.${kind}.note`)}
                label={t('needs.field.constraintNote', { kind: t(`needs.constraint.${kind}`) })}
                rows={2}
                error={message(`constraint.${kind}.note`)}
                value={c.note}
                onChange={(e) => set({ note: e.target.value })}
              />
            )}
          </div>
        );
      })}
    </CheckboxGroup>
  );
}
