import type { ImportPreview as Preview } from '@lagesbild/domain';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../components/scroll-table';
import { formatDateTime } from '../format';
import { listChangeRows } from './describe-changes';

interface ImportPreviewProps {
  preview: Preview;
  importing: boolean;
  onImport: () => void;
  onCancel: () => void;
}

/** What importing would change, field by field, and whose later saves it would overwrite. */
export const ImportPreview = forwardRef<HTMLHeadingElement, ImportPreviewProps>(
  function ImportPreview({ preview, importing, onImport, onCancel }, headingRef) {
    const { t } = useTranslation();
    const rows = listChangeRows(t, preview);
    const stale = preview.answers.filter((a) => a.stale);
    const capacityStale = preview.capacity.stale;
    return (
      <section className="import-preview" aria-labelledby="import-preview-heading">
        <h2 id="import-preview-heading" ref={headingRef} tabIndex={-1}>
          {t('spreadsheet.preview.heading')}
        </h2>
        <p>
          {rows.length === 0
            ? t('spreadsheet.preview.noChanges')
            : t('spreadsheet.preview.counts', {
                changed: preview.counts.changed,
                unchanged: preview.counts.unchanged,
                capacity: preview.capacity.changes.length,
              })}
        </p>
        {(stale.length > 0 || capacityStale) && (
          <div className="import-stale" role="note" aria-labelledby="import-stale-heading">
            <h3 id="import-stale-heading">{t('spreadsheet.preview.staleHeading')}</h3>
            <p>{t('spreadsheet.preview.staleText')}</p>
            <ul>
              {stale.map((a) => (
                <li key={a.capabilityCode}>
                  {t('spreadsheet.preview.staleItem', {
                    name: a.capabilityName,
                    who: a.stale!.updatedBy ?? '',
                    when: a.stale!.updatedAt ? formatDateTime(a.stale!.updatedAt) : '',
                  })}
                </li>
              ))}
              {capacityStale && (
                <li>
                  {t('spreadsheet.preview.staleItem', {
                    name: t('spreadsheet.preview.staleCapacity'),
                    who: capacityStale.updatedBy ?? '',
                    when: capacityStale.updatedAt ? formatDateTime(capacityStale.updatedAt) : '',
                  })}
                </li>
              )}
            </ul>
          </div>
        )}
        {rows.length > 0 && (
          <ScrollTable label={t('spreadsheet.preview.caption')}>
            <table className="data-table import-changes">
              <caption className="visually-hidden">{t('spreadsheet.preview.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('spreadsheet.preview.subject')}</th>
                  <th scope="col">{t('spreadsheet.preview.field')}</th>
                  <th scope="col">{t('spreadsheet.preview.before')}</th>
                  <th scope="col">{t('spreadsheet.preview.after')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} className={row.stale ? 'is-stale' : undefined}>
                    <th scope="row">
                      {row.subject}
                      {row.stale && (
                        <span className="stale-mark"> ({t('spreadsheet.preview.staleMark')})</span>
                      )}
                    </th>
                    <td>{row.field}</td>
                    <td>{row.before}</td>
                    <td>{row.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
        <p className="actions">
          {rows.length > 0 && (
            <button
              type="button"
              className="button"
              aria-disabled={importing || undefined}
              onClick={onImport}
            >
              {importing ? t('spreadsheet.preview.importing') : t('spreadsheet.preview.import')}
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('spreadsheet.preview.cancel')}
          </button>
        </p>
      </section>
    );
  },
);
