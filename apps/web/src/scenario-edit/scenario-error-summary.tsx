import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../components/error-summary';
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
    <ErrorSummary
      id="scenario-error-summary"
      headingLevel={2}
      heading={t('scenarioEdit.summary.heading')}
      text={t('scenarioEdit.summary.text')}
      items={keys.map((key) => ({
        id: scenarioFieldId(key),
        text: t('needs.summary.item', {
          field: label(key),
          message: t(`scenarioEdit.errors.${errors[key]!}`),
        }),
      }))}
    />
  );
}
