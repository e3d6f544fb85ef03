import type { ImportError } from '@lagesbild/domain';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../components/scroll-table';

/**
 * Every error in the file, where Excel shows it: sheet, row, column. The heading takes focus when
 * the list appears, so the count is what is read next.
 */
export const ImportErrors = forwardRef<HTMLHeadingElement, { errors: ImportError[] }>(
  function ImportErrors({ errors }, headingRef) {
    const { t } = useTranslation();
    return (
      <section className="import-errors" aria-labelledby="import-errors-heading">
        <h2 id="import-errors-heading" ref={headingRef} tabIndex={-1}>
          {t('spreadsheet.errors.heading', { count: errors.length })}
        </h2>
        <p>{t('spreadsheet.errors.text')}</p>
        <ScrollTable label={t('spreadsheet.errors.caption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('spreadsheet.errors.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('spreadsheet.errors.sheet')}</th>
                <th scope="col">{t('spreadsheet.errors.row')}</th>
                <th scope="col">{t('spreadsheet.errors.column')}</th>
                <th scope="col">{t('spreadsheet.errors.error')}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e, i) => (
                // The same cell can have only one error, but a sheet-wide one has no cell: the index keeps keys apart.
                <tr key={`${e.sheet}/${e.row}/${e.column}/${i}`}>
                  <td>{e.sheet || t('report.empty')}</td>
                  <td className="num">
                    {e.row ??
                      // No sheet: the file as a whole (not a zip, too large unpacked) is refused.
                      t(e.sheet ? 'spreadsheet.errors.wholeSheet' : 'spreadsheet.errors.wholeFile')}
                  </td>
                  <td>
                    {e.column
                      ? e.columnName
                        ? t('spreadsheet.errors.columnWithName', {
                            column: e.column,
                            name: e.columnName,
                          })
                        : e.column
                      : t('report.empty')}
                  </td>
                  <td>{t(`spreadsheet.errors.code.${e.code}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
    );
  },
);
