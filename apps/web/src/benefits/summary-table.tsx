import { useTranslation } from 'react-i18next';
import { DataTable } from '../components/data-table';
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
    <DataTable
      columns={[
        groupLabel,
        t('benefits.cols.benefits'),
        t('benefits.cols.measured'),
        t('benefits.cols.mean'),
        t('benefits.cols.realised'),
        t('benefits.cols.partly'),
        t('benefits.cols.none'),
        t('benefits.cols.overdue'),
      ]}
      caption={caption}
      className="numeric-table benefit-summary-table"
      foot={
        total && (
          <tr>
            <th scope="row">{total.label}</th>
            {cells(total.summary)}
          </tr>
        )
      }
    >
      {rows.map((r) => (
        <tr key={r.key}>
          <th scope="row">{r.label}</th>
          {cells(r.summary)}
        </tr>
      ))}
    </DataTable>
  );
}
