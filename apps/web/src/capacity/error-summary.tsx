import { useTranslation } from 'react-i18next';
import { ErrorSummary as Summary } from '../components/error-summary';
import { fieldId, type FieldErrors, type FieldKey } from './capacity-values';
import { labelField } from './field-labels';
import type { CapabilityData } from './types';

interface ErrorSummaryProps {
  errors: FieldErrors;
  order: readonly FieldKey[];
  capabilities: readonly CapabilityData[];
}

/** Every field in error at the top of the form, each a link that takes focus to its input. */
export function ErrorSummary({ errors, order, capabilities }: ErrorSummaryProps) {
  const { t } = useTranslation();
  return (
    <Summary
      id="capacity-error-summary"
      headingLevel={2}
      heading={t('capacity.summary.heading')}
      text={t('capacity.summary.text')}
      items={order
        .filter((key) => errors[key] !== undefined)
        .map((key) => ({
          id: fieldId(key),
          text: t('capacity.summary.item', {
            field: labelField(t, key, capabilities),
            message: t(`capacity.errors.${errors[key]!}`),
          }),
        }))}
    />
  );
}
