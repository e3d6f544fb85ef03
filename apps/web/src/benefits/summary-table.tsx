import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../components/scroll-table';
import { formatInteger } from '../format';
import { toPercent } from './register';
import type { RealisationSummaryData } from './types';

export interface SummaryRow {
  key: string;
  label: string;
  summary: RealisationSummaryData;
}

/** Realisation per group (board, investment) with the counts beside the mean, never the mean alone. */
export function SummaryTable({
  caption,
  groupLabel,
  rows,
  total,
}: {
  caption: string;
  groupLabel: string;
  rows: readonly SummaryRow[];
  total?: SummaryRow;
}) {
  const { t } = useTranslation();
  const cells = (s: RealisationSummaryData) => (
    <>
      <td>{formatInteger(s.benefits)}</td>
      <td>{formatInteger(s.measured)}</td>
      <td>
        {s.meanRate === null
          ? t('benefits.notMeasured')
          : t('benefits.percent', { value: toPercent(s.meanRate) })}
      </td>
      <td>{formatInteger(s.realised)}</td>
      <td>{formatInteger(s.partly)}</td>
      <td>{formatInteger(s.none)}</td>
      <td>{formatInteger(s.overdue)}</td>
    </>
  );
  return (
    <ScrollTable label={caption}>
      <table className="data-table numeric-table benefit-summary-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupLabel}</th>
            <th scope="col">{t('benefits.cols.benefits')}</th>
            <th scope="col">{t('benefits.cols.measured')}</th>
            <th scope="col">{t('benefits.cols.mean')}</th>
            <th scope="col">{t('benefits.cols.realised')}</th>
            <th scope="col">{t('benefits.cols.partly')}</th>
            <th scope="col">{t('benefits.cols.none')}</th>
            <th scope="col">{t('benefits.cols.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {cells(r.summary)}
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr>
              <th scope="row">{total.label}</th>
              {cells(total.summary)}
            </tr>
          </tfoot>
        )}
      </table>
    </ScrollTable>
  );
}
