import { NEED_STATUSES, MAX_NEED_YEARS } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { CheckboxList } from '../components/checkbox-group';
import { SelectField, TextAreaField } from '../components/form-field';
import { TitleField } from '../components/title-field';
import { useNeedFields, type NeedSectionProps } from './form-controls';
import { needFieldId } from './need-values';

/** The years a start can be chosen from; a saved start outside them is kept as an option. */
export function listStartYears(current: string): string[] {
  const years = Array.from({ length: 13 }, (_, i) => String(2024 + i));
  return years.includes(current) || current === '' ? years : [current, ...years];
}

/** Title, description and the units that own the need. */
export function NeedIdentityFields(props: NeedSectionProps) {
  const { values, register, mode, onChange } = props;
  const { t } = useTranslation();
  const { message, field } = useNeedFields(props);
  return (
    <>
      <TitleField {...field('title')} label={t('needs.field.title')} />
      <TextAreaField {...field('description')} label={t('needs.field.description')} />
      {mode.kind === 'itd' && (
        <CheckboxList
          id={needFieldId('ownerUnits')}
          legend={t('needs.field.ownerUnits')}
          error={message('ownerUnits')}
          scroll={false}
          options={register.units.map((u) => ({ value: u.slug, label: u.name }))}
          checked={values.ownerUnits}
          onChange={(ownerUnits) => onChange({ ownerUnits })}
        />
      )}
    </>
  );
}

/** When the work starts and how many years it runs. */
export function NeedScheduleFields(props: NeedSectionProps) {
  const { t } = useTranslation();
  const { field } = useNeedFields(props);
  return (
    <div className="need-inline-fields">
      <SelectField
        {...field('plannedStart')}
        label={t('needs.field.plannedStart')}
        options={listStartYears(props.values.plannedStart).map((y) => ({ value: y, label: y }))}
      />
      <SelectField
        {...field('durationYears')}
        label={t('needs.field.durationYears')}
        options={Array.from({ length: MAX_NEED_YEARS }, (_, i) => ({
          value: String(i + 1),
          label: t('needs.years', { count: i + 1 }),
        }))}
      />
    </div>
  );
}

const ONE_TO_FIVE = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }));

/** Risk, priority and, for ITD, the status. */
export function NeedRankFields(props: NeedSectionProps) {
  const { t } = useTranslation();
  const { field } = useNeedFields(props);
  return (
    <div className="need-inline-fields">
      <SelectField
        {...field('risk')}
        label={t('needs.field.risk')}
        hint={t('needs.field.riskHint')}
        options={ONE_TO_FIVE}
      />
      <SelectField
        {...field('priority')}
        label={t('needs.field.priority')}
        hint={t('needs.field.priorityHint')}
        options={ONE_TO_FIVE}
      />
      {props.mode.kind === 'itd' && (
        <SelectField
          {...field('status')}
          label={t('needs.field.status')}
          options={NEED_STATUSES.map((s) => ({ value: s, label: t(`needs.status.${s}`) }))}
          onChange={(e) => {
            const status = NEED_STATUSES.find((s) => s === e.target.value);
            if (status) props.onChange({ status });
          }}
        />
      )}
    </div>
  );
}
