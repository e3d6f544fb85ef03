import { useTranslation } from 'react-i18next';
import { TextField } from '../components/form-field';
import { fieldId } from './capacity-values';
import type { SectionProps } from './section-props';

export function PlanningSection({ values, errors, onChange }: SectionProps) {
  const { t } = useTranslation();
  const error = errors.planningFte;
  return (
    <section className="capacity-section" aria-labelledby="capacity-planning-heading">
      <h2 id="capacity-planning-heading">{t('capacity.planning.heading')}</h2>
      <p>{t('capacity.planning.text')}</p>
      <div className="capacity-planning">
        <TextField
          id={fieldId('planningFte')}
          label={t('capacity.planning.label')}
          hint={t('capacity.planning.hint')}
          error={error && t(`capacity.errors.${error}`)}
          inputMode="decimal"
          autoComplete="off"
          value={values.planningFte}
          onChange={(e) => {
            const text = e.target.value;
            onChange('planningFte', (v) => ({ ...v, planningFte: text }));
          }}
        />
      </div>
    </section>
  );
}
