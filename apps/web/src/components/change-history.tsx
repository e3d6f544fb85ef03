import { ASSESSMENT_HISTORY_FIELDS, type AssessmentHistoryField } from '@lagesbild/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CapabilityData as CapabilityView } from '../api-types';
import { formatDate, formatDateTime, formatInteger } from '../format';
import { ScrollTable } from './scroll-table';
import { EmptyState } from './states';

type HistoryEntry = CapabilityView['history'][number];

const KNOWN_FIELDS: readonly string[] = ASSESSMENT_HISTORY_FIELDS;
type KnownField = AssessmentHistoryField;

function isKnownField(field: string): field is KnownField {
  return KNOWN_FIELDS.includes(field);
}

/** A history value as a reader expects it: levels and years as numbers, Ja/Nej, dates in Swedish. */
function describeValue(t: TFunction, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('field.empty');
  if (typeof value === 'boolean') return value ? t('field.yes') : t('field.no');
  if (typeof value === 'number') return formatInteger(value);
  if (field === 'confidence' && (value === 'low' || value === 'medium' || value === 'high')) {
    return t(`confidence.${value}`);
  }
  if (field === 'evidenceDate' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatDate(value);
  }
  return String(value);
}

/** Who changed what in the selected round, newest first, each field from → to. */
export function ChangeHistory({ view, headingId }: { view: CapabilityView; headingId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('capability.historyHeading', { round: view.round })}</h2>
      {view.history.length === 0 ? (
        <EmptyState>{t('capability.historyEmpty', { round: view.round })}</EmptyState>
      ) : (
        <ScrollTable label={t('capability.historyCaption', { round: view.round })}>
          <table className="data-table history-table">
            <caption>{t('capability.historyCaption', { round: view.round })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('capability.historyWhen')}</th>
                <th scope="col">{t('capability.colUnit')}</th>
                <th scope="col">{t('capability.historyWho')}</th>
                <th scope="col">{t('capability.historyWhat')}</th>
              </tr>
            </thead>
            <tbody>
              {view.history.map((entry) => (
                <HistoryRow key={`${entry.unitSlug}-${entry.version}`} entry={entry} />
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}

function HistoryRow({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  return (
    <tr data-unit={entry.unitSlug}>
      <td className="nowrap">
        <time dateTime={entry.changedAt}>{formatDateTime(entry.changedAt)}</time>
        <br />
        <span className="meta">{t('capability.historyVersion', { version: entry.version })}</span>
      </td>
      <th scope="row">{entry.unitName}</th>
      <td>{entry.changedBy}</td>
      <td>
        <ul className="changes">
          {entry.changes.map((c) => (
            <li key={c.field}>
              <span className="change-field">
                {isKnownField(c.field) ? t(`field.${c.field}`) : c.field}:
              </span>{' '}
              {describeValue(t, c.field, c.from)} <span aria-hidden="true">→</span>
              <span className="visually-hidden"> {t('capability.historyTo')} </span>{' '}
              {describeValue(t, c.field, c.to)}
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
