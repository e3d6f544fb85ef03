import { TITLE_MAX_LENGTH } from '@lagesbild/domain';
import { NEED_STATUSES, MAX_NEED_YEARS } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../components/form-field';
import {
  CheckboxGroup,
  toggleValue,
  useFieldMessage,
  type NeedSectionProps,
} from './form-controls';
import { needFieldId } from './need-values';

/** The years a start can be chosen from; a saved start outside them is kept as an option. */
export function listStartYears(current: string): string[] {
  const years = Array.from({ length: 13 }, (_, i) => String(2024 + i));
  return years.includes(current) || current === '' ? years : [current, ...years];
}

/** Title, description and the units that own the need. */
export function NeedIdentityFields({ values, errors, register, mode, onChange }: NeedSectionProps) {
  const { t } = useTranslation();
  const message = useFieldMessage(errors);
  return (
    <>
      <TextField
        id={needFieldId('title')}
        label={t('needs.field.title')}
        required
        autoComplete="off"
        // The dialog opens on the user's own click: typing can start at once.
        autoFocus
        maxLength={TITLE_MAX_LENGTH + 50}
        error={message('title')}
        value={values.title}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <TextAreaField
        id={needFieldId('description')}
        label={t('needs.field.description')}
        error={message('description')}
        value={values.description}
        onChange={(e) => onChange({ description: e.target.value })}
      />
      {mode.kind === 'itd' && (
        <CheckboxGroup
          id={needFieldId('ownerUnits')}
          legend={t('needs.field.ownerUnits')}
          error={message('ownerUnits')}
        >
          <ul className="checkbox-list">
            {register.units.map((unit, i) => (
              <li key={unit.slug}>
                <label>
                  <input
                    type="checkbox"
                    id={i === 0 ? needFieldId('ownerUnits') : undefined}
                    checked={values.ownerUnits.includes(unit.slug)}
                    onChange={(e) =>
                      onChange({
                        ownerUnits: toggleValue(values.ownerUnits, unit.slug, e.target.checked),
                      })
                    }
                  />{' '}
                  {unit.name}
                </label>
              </li>
            ))}
          </ul>
        </CheckboxGroup>
      )}
    </>
  );
}

/** When the work starts and how many years it runs. */
export function NeedScheduleFields({ values, errors, onChange }: NeedSectionProps) {
  const { t } = useTranslation();
  const message = useFieldMessage(errors);
  return (
    <div className="need-inline-fields">
      <SelectField
        id={needFieldId('plannedStart')}
        label={t('needs.field.plannedStart')}
        error={message('plannedStart')}
        value={values.plannedStart}
        options={listStartYears(values.plannedStart).map((y) => ({ value: y, label: y }))}
        onChange={(e) => onChange({ plannedStart: e.target.value })}
      />
      <SelectField
        id={needFieldId('durationYears')}
        label={t('needs.field.durationYears')}
        error={message('durationYears')}
        value={values.durationYears}
        options={Array.from({ length: MAX_NEED_YEARS }, (_, i) => ({
          value: String(i + 1),
          label: t('needs.years', { count: i + 1 }),
        }))}
        onChange={(e) => onChange({ durationYears: e.target.value })}
      />
    </div>
  );
}

const ONE_TO_FIVE = ['1', '2', '3', '4', '5'];

/** Risk, priority and, for ITD, the status. */
export function NeedRankFields({ values, errors, mode, onChange }: NeedSectionProps) {
  const { t } = useTranslation();
  const message = useFieldMessage(errors);
  return (
    <div className="need-inline-fields">
      <SelectField
        id={needFieldId('risk')}
        label={t('needs.field.risk')}
        hint={t('needs.field.riskHint')}
        error={message('risk')}
        value={values.risk}
        options={ONE_TO_FIVE.map((v) => ({ value: v, label: v }))}
        onChange={(e) => onChange({ risk: e.target.value })}
      />
      <SelectField
        id={needFieldId('priority')}
        label={t('needs.field.priority')}
        hint={t('needs.field.priorityHint')}
        error={message('priority')}
        value={values.priority}
        options={ONE_TO_FIVE.map((v) => ({ value: v, label: v }))}
        onChange={(e) => onChange({ priority: e.target.value })}
      />
      {mode.kind === 'itd' && (
        <SelectField
          id={needFieldId('status')}
          label={t('needs.field.status')}
          error={message('status')}
          value={values.status}
          options={NEED_STATUSES.map((s) => ({ value: s, label: t(`needs.status.${s}`) }))}
          onChange={(e) => {
            const status = NEED_STATUSES.find((s) => s === e.target.value);
            if (status) onChange({ status });
          }}
        />
      )}
    </div>
  );
}
