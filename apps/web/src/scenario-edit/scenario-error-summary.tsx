import { useTranslation } from 'react-i18next';
import type { NeedData } from '../needs/types';
import { scenarioFieldId, type ScenarioFieldErrors, type ScenarioFieldKey } from './scenario-draft';

/** Every field in error above the form, each a link that takes focus to its input. */
export function ScenarioErrorSummary({
  errors,
  order,
  needs,
}: {
  errors: ScenarioFieldErrors;
  order: readonly ScenarioFieldKey[];
  needs: readonly NeedData[];
}) {
  const { t } = useTranslation();
  const keys = order.filter((key) => errors[key] !== undefined);
  if (keys.length === 0) return null;
  const label = (key: ScenarioFieldKey) => {
    if (key === 'name') return t('scenarioEdit.name');
    if (key === 'description') return t('scenarioEdit.description');
    const [kind, ...rest] = key.split('.');
    const code = rest.join('.');
    const need = needs.find((n) => n.code === code)?.title ?? code;
    return kind === 'start'
      ? t('scenarioEdit.table.startYearLabel', { need })
      : t('scenarioEdit.table.reasonLabel', { need });
  };
  return (
    <div className="error-summary" aria-labelledby="scenario-error-summary-heading">
      <h2 id="scenario-error-summary-heading">{t('scenarioEdit.summary.heading')}</h2>
      <p>{t('scenarioEdit.summary.text')}</p>
      <ul>
        {keys.map((key) => (
          <li key={key}>
            <a
              href={`#${scenarioFieldId(key)}`}
              // The browser would only scroll to the input: focus lets the user fix it at once.
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(scenarioFieldId(key))?.focus();
              }}
            >
              {t('needs.summary.item', {
                field: label(key),
                message: t(`scenarioEdit.errors.${errors[key]!}`),
              })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
