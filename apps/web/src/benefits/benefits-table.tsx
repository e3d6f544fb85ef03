import { useTranslation } from 'react-i18next';
import { DataTable } from '../components/data-table';
import { formatDate, formatLevel } from '../format';
import { describeNextActor } from './describe-next-actor';
import { toPercent } from './register';
import type { BenefitData } from './types';

const formatValue = (value: number | null) =>
  value === null ? '–' : formatLevel(value).replace(/,0$/, '');

export interface BenefitRowActions {
  /** Whether the signed-in user may record a value for this benefit. */
  canRecord: (benefit: BenefitData) => boolean;
  onRecord: (benefit: BenefitData) => void;
  /** ITD only. */
  onEdit: ((benefit: BenefitData) => void) | null;
}

/** The register: one row per benefit, its measurements behind a disclosure in the first cell. */
export function BenefitsTable({
  benefits,
  actions,
}: {
  benefits: readonly BenefitData[];
  actions: BenefitRowActions;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      columns={[
        t('benefits.register.colBenefit'),
        t('benefits.register.colUnit'),
        t('benefits.register.colPhase'),
        t('benefits.register.colChange'),
        t('benefits.register.colRealisation'),
        t('benefits.register.colFollowUp'),
        t('benefits.register.colNextActor'),
        { label: <span className="visually-hidden">{t('benefits.register.colActions')}</span> },
      ]}
      caption={t('benefits.register.caption')}
      className="benefit-table"
    >
      {benefits.map((b) => (
        <tr key={b.code} data-code={b.code}>
          <th scope="row">
            {b.title}
            <details className="benefit-details">
              <summary>
                {t('benefits.register.showMeasurements')}
                <span className="visually-hidden">: {b.title}</span>
              </summary>
              <p>
                {t('benefits.register.about', {
                  need: b.need.title,
                  category: t(`benefits.category.${b.category}`),
                  metric: b.metric,
                  date: formatDate(b.targetDate),
                  months: b.followUpMonths,
                })}
              </p>
              {b.measurements.length === 0 ? (
                <p>{t('benefits.register.noMeasurements')}</p>
              ) : (
                <table className="data-table measurement-table">
                  <caption>
                    {t('benefits.register.measurementsCaption', { title: b.title })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('benefits.register.colDate')}</th>
                      <th scope="col">{t('benefits.register.colValue')}</th>
                      <th scope="col">{t('benefits.register.colNote')}</th>
                      <th scope="col">{t('benefits.register.colRecordedBy')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {b.measurements.map((m) => (
                      <tr key={m.date}>
                        <th scope="row">{formatDate(m.date)}</th>
                        <td>{formatValue(m.value)}</td>
                        <td>{m.note}</td>
                        <td>{m.recordedBy}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </details>
          </th>
          <td>
            {b.unit.name}
            <br />
            <span className="muted">{b.board}</span>
          </td>
          <td>{t(`benefits.phase.${b.phase}`)}</td>
          <td>
            {t('benefits.register.change', {
              metric: b.metric,
              baseline: formatValue(b.baseline),
              latest: formatValue(b.latestValue),
              target: formatValue(b.target),
            })}
          </td>
          <td className="benefit-rate">
            {b.realisation === null
              ? t('benefits.notMeasured')
              : t('benefits.percent', { value: toPercent(b.realisation) })}
          </td>
          <td>
            {formatDate(b.nextFollowUp)}
            {b.overdue && (
              <>
                <br />
                <strong className="benefit-overdue">{t('benefits.register.overdue')}</strong>
              </>
            )}
          </td>
          <td>{describeNextActor(t, b)}</td>
          <td className="benefit-row-actions">
            {actions.canRecord(b) && (
              <button
                type="button"
                className="button-secondary"
                onClick={() => actions.onRecord(b)}
              >
                {t('benefits.register.record')}
                <span className="visually-hidden">: {b.title}</span>
              </button>
            )}
            {actions.onEdit && (
              <button type="button" className="link-button" onClick={() => actions.onEdit?.(b)}>
                {t('benefits.register.edit')}
                <span className="visually-hidden">: {b.title}</span>
              </button>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
