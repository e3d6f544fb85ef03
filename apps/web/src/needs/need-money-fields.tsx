import { MAX_NEED_YEARS } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { TextField } from '../components/form-field';
import { CheckboxGroup } from '../components/checkbox-group';
import { useNeedFields, type NeedSectionProps } from './form-controls';
import { needFieldId, parseWhole } from './need-values';

/** The year an input stands for, when the start is known; otherwise its place ("år 2"). */
function useYearLabel(values: NeedSectionProps['values']) {
  const { t } = useTranslation();
  const start = parseWhole(values.plannedStart, 2020, 2100);
  return (offset: number) =>
    start === null ? t('needs.field.yearN', { n: offset + 1 }) : String(start + offset);
}

/** One-off cost per year of the work, the yearly operating consequence and the benefit ramp. */
export function NeedMoneyFields(props: NeedSectionProps) {
  const { values, onChange } = props;
  const { t } = useTranslation();
  const { message, field } = useNeedFields(props);
  const yearLabel = useYearLabel(values);
  const duration = parseWhole(values.durationYears, 1, MAX_NEED_YEARS) ?? 1;
  const setAt = (list: readonly string[], i: number, text: string) =>
    list.map((v, j) => (j === i ? text : v));
  return (
    <>
      <CheckboxGroup
        id="need-one-off"
        legend={t('needs.field.oneOff')}
        hint={t('needs.field.oneOffHint')}
      >
        <div className="need-year-inputs">
          {values.oneOffTkr.slice(0, duration).map((text, i) => (
            <TextField
              key={i}
              id={needFieldId(`oneOff.${i}`)}
              label={yearLabel(i)}
              inputMode="numeric"
              autoComplete="off"
              error={message(`oneOff.${i}`)}
              value={text}
              onChange={(e) => onChange({ oneOffTkr: setAt(values.oneOffTkr, i, e.target.value) })}
            />
          ))}
        </div>
      </CheckboxGroup>
      <TextField
        {...field('operatingTkr')}
        label={t('needs.field.operating')}
        hint={t('needs.field.operatingHint', { year: yearLabel(duration) })}
        inputMode="numeric"
        autoComplete="off"
      />
      <CheckboxGroup
        id="need-benefit"
        legend={t('needs.field.benefit')}
        hint={t('needs.field.benefitHint')}
      >
        <div className="need-year-inputs">
          {values.benefitTkr.map((text, i) => (
            <TextField
              key={i}
              id={needFieldId(`benefit.${i}`)}
              label={yearLabel(duration + i)}
              inputMode="numeric"
              autoComplete="off"
              error={message(`benefit.${i}`)}
              value={text}
              onChange={(e) =>
                onChange({ benefitTkr: setAt(values.benefitTkr, i, e.target.value) })
              }
            />
          ))}
        </div>
      </CheckboxGroup>
    </>
  );
}
