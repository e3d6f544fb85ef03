import { useTranslation } from 'react-i18next';
import { formatInteger, formatLevel } from '../format';
import type { SpreadPoint } from '../summaries';
import { DataTable } from './data-table';

/** The numbers behind a spread chart: one row per round. */
export function SpreadTable({
  caption,
  points,
  selectedRound,
  showNotApplicable = false,
}: {
  caption: string;
  points: SpreadPoint[];
  selectedRound: string;
  showNotApplicable?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      columns={[
        t('chart.colRound'),
        t('chart.colMedian'),
        t('chart.colMin'),
        t('chart.colMax'),
        t('chart.colN'),
        showNotApplicable && t('chart.colNotApplicable'),
      ]}
      caption={caption}
      className="numeric-table"
    >
      {points.map((p) => (
        <tr key={p.roundCode} className={p.roundCode === selectedRound ? 'is-selected' : undefined}>
          <th scope="row">
            {p.roundCode}
            {p.roundCode === selectedRound && (
              <span className="tag">{t('chart.selectedShort')}</span>
            )}
          </th>
          <td data-col="median">{formatLevel(p.spread?.median)}</td>
          <td data-col="min">{formatLevel(p.spread?.min)}</td>
          <td data-col="max">{formatLevel(p.spread?.max)}</td>
          <td data-col="n">{formatInteger(p.spread?.n ?? 0)}</td>
          {showNotApplicable && <td>{formatInteger(p.notApplicable ?? 0)}</td>}
        </tr>
      ))}
    </DataTable>
  );
}
