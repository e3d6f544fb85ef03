import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../components/data-table';
import { formatDateTime } from '../format';
import { BandBadge } from './score-change';
import type { FactorData } from './types';

/** The register: one row per factor, its mitigation, links and score history behind a disclosure. */
export function FactorsTable({
  factors,
  onEdit,
}: {
  factors: readonly FactorData[];
  /** ITD's edit action; null for readers. */
  onEdit: ((factor: FactorData) => void) | null;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      columns={[
        t('factors.register.colFactor'),
        t('factors.register.colKind'),
        { label: t('factors.register.colLikelihood'), className: 'num' },
        { label: t('factors.register.colImpact'), className: 'num' },
        { label: t('factors.register.colScore'), className: 'num' },
        t('factors.register.colOwner'),
        t('factors.register.colStatus'),
        onEdit && t('factors.register.colActions'),
      ]}
      caption={t('factors.register.caption')}
      className="factors-table"
    >
      {factors.map((f) => (
        <tr key={f.code} data-code={f.code}>
          <th scope="row">
            <span className="factor-title">{f.title}</span>
            <details className="factor-details">
              <summary>{t('factors.register.details')}</summary>
              <FactorDetails factor={f} />
            </details>
          </th>
          <td>{t(`factors.kind.${f.kind}`)}</td>
          <td className="num">{f.likelihood}</td>
          <td className="num">{f.impact}</td>
          <td className="num">
            {f.score} <BandBadge band={f.band} />
          </td>
          <td>{f.owner}</td>
          <td>{t(`factors.status.${f.status}`)}</td>
          {onEdit && (
            <td>
              <button
                type="button"
                className="button-secondary"
                aria-label={t('factors.register.editLabel', { title: f.title })}
                onClick={() => onEdit(f)}
              >
                {t('factors.register.edit')}
              </button>
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}

function FactorDetails({ factor }: { factor: FactorData }) {
  const { t } = useTranslation();
  return (
    <dl className="factor-detail-list">
      <dt>{t('factors.register.mitigation')}</dt>
      <dd>{factor.mitigation || t('factors.register.noMitigation')}</dd>
      <dt>{t('factors.register.capabilities')}</dt>
      <dd>
        {factor.capabilities.length === 0 ? (
          t('factors.register.noLinks')
        ) : (
          <ul>
            {factor.capabilities.map((c) => (
              <li key={c.code}>
                <Link to="/formaga/$code" params={{ code: c.code }} search={{}}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('factors.register.needs')}</dt>
      <dd>
        {factor.needs.length === 0 ? (
          t('factors.register.noLinks')
        ) : (
          <ul>
            {factor.needs.map((n) => (
              <li key={n.code}>
                <Link to="/planering/behov" search={{ sok: n.code }}>
                  {n.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('factors.register.history')}</dt>
      <dd>{factor.history.map((h) => `${h.roundCode}: ${h.score}`).join(', ') || '–'}</dd>
      <dd className="factor-updated">
        {t('factors.register.updated', {
          when: formatDateTime(factor.updatedAt),
          who: factor.updatedBy,
          version: factor.version,
        })}
      </dd>
    </dl>
  );
}
