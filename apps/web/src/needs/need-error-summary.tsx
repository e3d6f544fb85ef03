import { useTranslation } from 'react-i18next';
import { labelNeedField } from './describe-need';
import {
  needFieldId,
  type NeedFieldErrors,
  type NeedFieldKey,
  type NeedFormValues,
} from './need-values';

/** Every field in error at the top of the form, each a link that takes focus to its input. */
export function NeedErrorSummary({
  errors,
  order,
  values,
}: {
  errors: NeedFieldErrors;
  order: readonly NeedFieldKey[];
  values: NeedFormValues;
}) {
  const { t } = useTranslation();
  const keys = order.filter((key) => errors[key] !== undefined);
  if (keys.length === 0) return null;
  return (
    <div className="error-summary" aria-labelledby="need-error-summary-heading">
      <h3 id="need-error-summary-heading">{t('needs.summary.heading')}</h3>
      <p>{t('needs.summary.text')}</p>
      <ul>
        {keys.map((key) => (
          <li key={key}>
            <a
              href={`#${needFieldId(key)}`}
              // The browser would only scroll to the input: focus lets the user fix it at once.
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(needFieldId(key))?.focus();
              }}
            >
              {t('needs.summary.item', {
                field: labelNeedField(t, key, values),
                message: t(`needs.errors.${errors[key]!}`),
              })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
