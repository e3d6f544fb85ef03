import { AI_STATUSES } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../components/scroll-table';
import { formatInteger } from '../format';
import { countByUnitAndStatus } from './register';
import { type AiUseCaseData } from './types';

/** How many use cases each unit has per status, and in total. */
export function StatusCounts({ useCases }: { useCases: readonly AiUseCaseData[] }) {
  const { t } = useTranslation();
  const rows = countByUnitAndStatus(useCases);
  const caption = t('ai.counts.caption');
  return (
    <ScrollTable label={caption}>
      <table className="data-table numeric-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ai.counts.colUnit')}</th>
            {AI_STATUSES.map((s) => (
              <th key={s} scope="col">
                {t(`ai.status.${s}`)}
              </th>
            ))}
            <th scope="col">{t('ai.counts.colTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug}>
              <th scope="row">{r.name}</th>
              {AI_STATUSES.map((s) => (
                <td key={s}>{formatInteger(r.counts[s])}</td>
              ))}
              <td>{formatInteger(r.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
