import { useTranslation } from 'react-i18next';
import { describeValues } from './describe-values';
import type { CardValues } from './report-values';
import type { ReportItemData } from './types';

/** The answers as they stand, when the report is with ITD or the round is closed. */
export function CardReadOnly({ item, values }: { item: ReportItemData; values: CardValues }) {
  const { t } = useTranslation();
  return (
    <dl className="card-answers">
      {describeValues(t, item.levels, values).map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
      {item.validatedRating !== null && (
        <div>
          <dt>{t('report.field.validatedRating')}</dt>
          <dd>{item.validatedRating}</dd>
        </div>
      )}
    </dl>
  );
}
