import { useTranslation } from 'react-i18next';
import { DataTable } from '../components/data-table';
import { buildReachMatrix } from './register';
import type { AiUseCaseData } from './types';

/** Value against mean readiness, 5 × 5, each cell naming its use cases; a sentence says where to start. */
export function ReachMatrix({ useCases }: { useCases: readonly AiUseCaseData[] }) {
  const { t } = useTranslation();
  const grid = buildReachMatrix(useCases);
  const highValue = useCases.filter((u) => u.value >= 4);
  const highValueReady = highValue.filter((u) => u.reach.meanReadiness >= 3);
  return (
    <>
      <p className="ai-summary">
        {t('ai.matrix.summary', { high: highValue.length, ready: highValueReady.length })}
      </p>
      <DataTable
        columns={[
          { label: null, corner: true },
          ...[1, 2, 3, 4, 5].map((level) => t('ai.matrix.readiness', { level })),
        ]}
        caption={t('ai.matrix.caption')}
        className="ai-matrix"
      >
        {grid.map((row) => (
          <tr key={row[0]!.value}>
            <th scope="row">{t('ai.matrix.value', { level: row[0]!.value })}</th>
            {row.map((cell) => (
              <td key={cell.readiness} className={cell.useCases.length ? 'has-items' : undefined}>
                {cell.useCases.length > 0 && (
                  <ul>
                    {cell.useCases.map((u) => (
                      <li key={u.code}>
                        {u.title}
                        {u.reach.withinReach && (
                          <span className="tag tag-reach">{t('ai.matrix.within')}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </>
  );
}
