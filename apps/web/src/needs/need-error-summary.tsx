import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../components/error-summary';
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
  return (
    <ErrorSummary
      id="need-error-summary"
      heading={t('needs.summary.heading')}
      text={t('needs.summary.text')}
      items={order
        .filter((key) => errors[key] !== undefined)
        .map((key) => ({
          id: needFieldId(key),
          text: t('needs.summary.item', {
            field: labelNeedField(t, key, values),
            message: t(`needs.errors.${errors[key]!}`),
          }),
        }))}
    />
  );
}
