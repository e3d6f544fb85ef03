import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../components/data-table';
import { formatLevel } from '../format';
import { describeShortfall } from './describe';
import { DIMENSIONS, type AiUseCaseData } from './types';

/** The register: each use case, whether it is within reach and why not, and what it waits for. */
export function UseCaseTable({
  useCases,
  canEdit,
  onEdit,
}: {
  useCases: readonly AiUseCaseData[];
  canEdit: (u: AiUseCaseData) => boolean;
  onEdit: (u: AiUseCaseData) => void;
}) {
  const { t } = useTranslation();
  const anyEditable = useCases.some(canEdit);
  return (
    <DataTable
      columns={[
        t('ai.table.colTitle'),
        t('ai.table.colUnit'),
        t('ai.table.colStatus'),
        t('ai.table.colValue'),
        t('ai.table.colEffort'),
        t('ai.table.colMean'),
        t('ai.table.colReach'),
        t('ai.table.colNeeds'),
        anyEditable && t('ai.table.colActions'),
      ]}
      caption={t('ai.table.caption')}
      className="ai-use-cases"
    >
      {useCases.map((u) => (
        <tr key={u.code} data-code={u.code}>
          <th scope="row">
            <span className="ai-title">{u.title}</span>
            {u.description && <span className="ai-description">{u.description}</span>}
            <details className="ai-profile">
              <summary>{t('ai.table.profile')}</summary>
              <ul aria-label={t('ai.table.profileLabel', { title: u.title })}>
                {DIMENSIONS.map((d) => (
                  <li key={d}>
                    <span className="ai-profile-name">{t(`ai.dimension.${d}`)}</span>
                    <span className="ai-profile-bar" aria-hidden="true">
                      <span style={{ width: `${u.readiness[d] * 20}%` }} />
                    </span>
                    <span className="ai-profile-value">
                      {t('ai.table.ofFive', { value: u.readiness[d] })}
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          </th>
          <td>{u.unit.name}</td>
          <td>{t(`ai.status.${u.status}`)}</td>
          <td className="num">{u.value}</td>
          <td className="num">{u.effort}</td>
          <td className="num">{formatLevel(u.reach.meanReadiness)}</td>
          <td className={u.reach.withinReach ? 'is-within' : 'is-out'}>
            <strong>{u.reach.withinReach ? t('ai.table.yes') : t('ai.table.no')}</strong>
            {u.reach.shortfalls.length > 0 && (
              <span className="ai-reasons">
                {u.reach.shortfalls.map((s) => describeShortfall(t, s)).join(', ')}
              </span>
            )}
          </td>
          <td>
            {u.dependsOnNeeds.length === 0 ? (
              '–'
            ) : (
              <ul className="ai-needs">
                {u.dependsOnNeeds.map((n) => (
                  <li key={n.code}>
                    <Link to="/planering/behov" search={{ sok: n.title }}>
                      {n.title}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </td>
          {anyEditable && (
            <td>
              {canEdit(u) && (
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => onEdit(u)}
                  aria-label={t('ai.table.editLabel', { title: u.title })}
                >
                  {t('ai.table.edit')}
                </button>
              )}
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
