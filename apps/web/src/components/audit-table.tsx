import { useTranslation } from 'react-i18next';
import { describeAction, describeDetail } from '../audit/labels';
import type { AuditEntry } from '../audit/query';
import { formatDateTime } from '../format';
import { ScrollTable } from './scroll-table';

/** The log as a table, newest first; the outcome is a word, its colour only a help. */
export function AuditTable({ entries, filtered }: { entries: AuditEntry[]; filtered: boolean }) {
  const { t } = useTranslation();
  const caption = filtered ? t('audit.captionFiltered') : t('audit.caption');
  return (
    <ScrollTable label={t('audit.scrollLabel')}>
      <table className="data-table audit-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.colAt')}</th>
            <th scope="col">{t('audit.colActor')}</th>
            <th scope="col">{t('audit.colAction')}</th>
            <th scope="col">{t('audit.colOutcome')}</th>
            <th scope="col">{t('audit.colDetail')}</th>
            <th scope="col">{t('audit.colSource')}</th>
            <th scope="col">{t('audit.colCorrelation')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-outcome={entry.outcome}>
              <td className="nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              <td>{entry.actorLabel}</td>
              <td>{describeAction(t, entry)}</td>
              <td className="nowrap">
                <span className={`outcome outcome-${entry.outcome}`}>
                  {t(`audit.outcome.${entry.outcome}`)}
                </span>
              </td>
              <td>{describeDetail(t, entry) || '–'}</td>
              <td className="nowrap">{entry.sourceAddress ?? '–'}</td>
              <td>
                {entry.correlationId && (
                  <code className="correlation-id">{entry.correlationId}</code>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
