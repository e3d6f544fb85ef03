import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../components/data-table';
import { formatDateTime, formatInteger } from '../format';
import type { CurrentFramework } from './types';
import { Section } from '../components/section';

/** What the city's framework is now, how to download it, and every version imported so far. */
export function CurrentSection({ current }: { current: CurrentFramework }) {
  const { t } = useTranslation();
  const { document } = current;
  const capabilities = document.areas.reduce((n, a) => n + a.capabilities.length, 0);
  return (
    <Section headingId="framework-current-heading" heading={t('framework.current.heading')}>
      <dl className="framework-facts">
        <div>
          <dt>{t('framework.current.name')}</dt>
          <dd>{document.name}</dd>
        </div>
        <div>
          <dt>{t('framework.current.slug')}</dt>
          <dd>
            <code>{document.slug}</code>
          </dd>
        </div>
        <div>
          <dt>{t('framework.current.version')}</dt>
          <dd data-testid="framework-version">{document.version}</dd>
        </div>
        <div>
          <dt>{t('framework.current.areas')}</dt>
          <dd>{formatInteger(document.areas.length)}</dd>
        </div>
        <div>
          <dt>{t('framework.current.capabilities')}</dt>
          <dd>{formatInteger(capabilities)}</dd>
        </div>
        <div>
          <dt>{t('framework.current.retired')}</dt>
          <dd>{formatInteger(document.retired?.length ?? 0)}</dd>
        </div>
      </dl>
      <h3>{t('framework.download.heading')}</h3>
      <p>{t('framework.download.intro')}</p>
      {/* Plain links: the server sends the file with the session cookie, no script needed. */}
      <p className="actions">
        <a className="button-secondary" href="/export/ramverk.yaml" download>
          {t('framework.download.yaml')}
        </a>
        <a className="button-secondary" href="/export/ramverk.json" download>
          {t('framework.download.json')}
        </a>
      </p>
      <HistoryTable history={current.history} />
    </Section>
  );
}

function HistoryTable({ history }: { history: CurrentFramework['history'] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <p>{t('framework.history.empty')}</p>;
  return (
    <>
      <h3 id="framework-history-heading">{t('framework.history.heading')}</h3>
      <DataTable
        columns={[
          t('framework.history.col.version'),
          t('framework.history.col.importedAt'),
          t('framework.history.col.importedBy'),
          t('framework.history.col.changes'),
          t('framework.history.col.download'),
        ]}
        caption={t('framework.history.caption')}
        label={t('framework.history.scrollLabel')}
      >
        {history.map((entry) => (
          <tr key={entry.version}>
            <th scope="row">{entry.version}</th>
            <td className="nowrap">{formatDateTime(entry.importedAt)}</td>
            <td>{entry.importedBy}</td>
            <td>{describeChanges(t, entry.changes)}</td>
            <td className="nowrap">
              <a href={`/export/ramverk.yaml?version=${entry.version}`} download>
                {t('framework.history.downloadYaml', { version: entry.version })}
              </a>
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

function describeChanges(t: TFunction, changes: Record<string, unknown>): string {
  if (changes.kind === 'newFramework') return t('framework.history.first');
  const n = (key: string) => (typeof changes[key] === 'number' ? (changes[key] as number) : 0);
  return t('framework.history.changes', {
    added: n('added'),
    renamed: n('renamed'),
    merged: n('merged'),
    retired: n('retired'),
    changedText: n('changedText'),
  });
}
