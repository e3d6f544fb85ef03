import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../components/scroll-table';
import { buildMatrixRows, summariseMatrix } from './describe';
import type { FactorData } from './types';

/** Likelihood × impact as a table: each cell names its band, counts its factors and lists them. */
export function FactorMatrix({ factors }: { factors: readonly FactorData[] }) {
  const { t } = useTranslation();
  const rows = buildMatrixRows(factors);
  return (
    <section aria-labelledby="factor-matrix-heading" className="section">
      <h2 id="factor-matrix-heading">{t('factors.matrix.heading')}</h2>
      <p className="section-summary">{summariseMatrix(t, rows)}</p>
      <p className="legend-text">{t('factors.matrix.legend')}</p>
      <ScrollTable label={t('factors.matrix.heading')}>
        <table className="data-table factor-matrix">
          <caption>{t('factors.matrix.caption')}</caption>
          <thead>
            <tr>
              <td className="factor-matrix-corner">{t('factors.matrix.corner')}</td>
              {[1, 2, 3, 4, 5].map((impact) => (
                <th scope="col" key={impact}>
                  {t('factors.matrix.impact', { value: impact })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
