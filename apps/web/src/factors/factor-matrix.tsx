import { useTranslation } from 'react-i18next';
import { DataTable } from '../components/data-table';
import { buildMatrixRows, summariseMatrix } from './describe';
import type { FactorData } from './types';
import { Section } from '../components/section';

/** Likelihood × impact as a table: each cell names its band, counts its factors and lists them. */
export function FactorMatrix({ factors }: { factors: readonly FactorData[] }) {
  const { t } = useTranslation();
  const rows = buildMatrixRows(factors);
  return (
    <Section headingId="factor-matrix-heading" heading={t('factors.matrix.heading')}>
      <p className="section-summary">{summariseMatrix(t, rows)}</p>
      <p className="legend-text">{t('factors.matrix.legend')}</p>
      <DataTable
        columns={[
          { label: t('factors.matrix.corner'), className: 'factor-matrix-corner', corner: true },
          ...[1, 2, 3, 4, 5].map((impact) => t('factors.matrix.impact', { value: impact })),
        ]}
        caption={t('factors.matrix.caption')}
        label={t('factors.matrix.heading')}
        className="factor-matrix"
      >
        {rows.map((row) => (
          <tr key={row[0]!.likelihood}>
            <th scope="row">{t('factors.matrix.likelihood', { value: row[0]!.likelihood })}</th>
            {row.map((cell) => (
              <td
                key={cell.impact}
                className={`matrix-cell band-${cell.band}`}
                data-likelihood={cell.likelihood}
                data-impact={cell.impact}
                data-count={cell.titles.length}
              >
                <span className="matrix-band">{t(`factors.band.${cell.band}`)}</span>
                <span className="matrix-count">
                  {cell.titles.length === 0
                    ? t('factors.matrix.none')
                    : t('factors.matrix.cell', { count: cell.titles.length })}
                </span>
                {cell.titles.length > 0 && (
                  <ul className="matrix-titles">
                    {cell.titles.map((title) => (
                      <li key={title}>{title}</li>
                    ))}
                  </ul>
                )}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
