import { AI_STATUSES } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../components/data-table';
import { formatInteger } from '../format';
import { countByUnitAndStatus } from './register';
import { type AiUseCaseData } from './types';

/** How many use cases each unit has per status, and in total. */
export function StatusCounts({ useCases }: { useCases: readonly AiUseCaseData[] }) {
  const { t } = useTranslation();
  const rows = countByUnitAndStatus(useCases);
  return (
    <DataTable
      columns={[
        t('ai.counts.colUnit'),
        ...AI_STATUSES.map((s) => t(`ai.status.${s}`)),
        t('ai.counts.colTotal'),
      ]}
      caption={t('ai.counts.caption')}
      className="numeric-table"
    >
      {rows.map((r) => (
        <tr key={r.slug}>
          <th scope="row">{r.name}</th>
          {AI_STATUSES.map((s) => (
            <td key={s}>{formatInteger(r.counts[s])}</td>
          ))}
          <td>{formatInteger(r.total)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
