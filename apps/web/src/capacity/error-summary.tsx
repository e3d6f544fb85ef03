import { useTranslation } from 'react-i18next';
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
  const keys = order.filter((key) => errors[key] !== undefined);
  if (keys.length === 0) return null;
  return (
    <div className="error-summary" aria-labelledby="capacity-error-summary-heading">
      <h2 id="capacity-error-summary-heading">{t('capacity.summary.heading')}</h2>
      <p>{t('capacity.summary.text')}</p>
      <ul>
        {keys.map((key) => (
          <li key={key}>
            <a
              href={`#${fieldId(key)}`}
              // The browser would only scroll to the input: focus lets the user type at once.
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(fieldId(key))?.focus();
              }}
            >
              {t('capacity.summary.item', {
                field: labelField(t, key, capabilities),
                message: t(`capacity.errors.${errors[key]!}`),
              })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
