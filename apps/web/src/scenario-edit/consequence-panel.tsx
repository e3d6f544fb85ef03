import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../components/scroll-table';
import { formatList } from '../format';
import { formatMnkr, formatTkr } from '../format-money';
import type { DraftConsequence } from './consequence';

/** What the draft costs over the horizon, the years over the frame and the broken dependencies. */
export function ConsequencePanel({
  consequence,
  horizon,
  savedCostTkr,
}: {
  consequence: DraftConsequence;
  horizon: { from: number; to: number };
  /** The cost of the scenario as last saved, as the API computed it; null for a new one. */
  savedCostTkr: number | null;
}) {
  const { t } = useTranslation();
  const c = consequence;
  return (
    <section className="scenario-consequence" aria-labelledby="scenario-consequence-heading">
      <h2 id="scenario-consequence-heading">{t('scenarioEdit.consequence.heading')}</h2>
      {/* Read out after each change, so a screen reader hears the new total without moving. */}
      <div aria-live="polite" aria-atomic="true">
        <p className="scenario-total">
          {t('scenarioEdit.consequence.total', {
            from: horizon.from,
            to: horizon.to,
            total: formatMnkr(c.costTkr),
            investment: formatMnkr(c.investmentTkr),
            operating: formatMnkr(c.operatingTkr),
          })}
        </p>
        <p>
          {c.overFrameYears.length === 0
            ? t('scenarioEdit.consequence.withinFrame')
            : t('scenarioEdit.consequence.overFrame', {
                years: formatList(c.overFrameYears.map(String)),
                count: c.overFrameYears.length,
              })}
        </p>
        {c.dependencyIssues.length === 0 ? (
          <p>{t('scenarioEdit.consequence.noIssues')}</p>
        ) : (
          <>
            <p>{t('scenarioEdit.consequence.issuesHeading')}</p>
            <ul className="scenario-issues">
              {c.dependencyIssues.map((issue) => (
                <li key={`${issue.need}|${issue.dependsOn}`}>
                  {t(`scenarioEdit.consequence.${issue.kind}`, {
                    need: issue.need,
                    dependsOn: issue.dependsOn,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {savedCostTkr !== null && (
        <p className="field-hint">
          {t('scenarioEdit.consequence.saved', { total: formatMnkr(savedCostTkr) })}
        </p>
      )}
      <ScrollTable label={t('scenarioEdit.consequence.scrollLabel')}>
        <table className="data-table numeric-table">
          <caption>{t('scenarioEdit.consequence.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenarioEdit.consequence.year')}</th>
              <th scope="col">{t('scenarioEdit.consequence.investment')}</th>
              <th scope="col">{t('scenarioEdit.consequence.operating')}</th>
              <th scope="col">{t('scenarioEdit.consequence.cost')}</th>
              <th scope="col">{t('scenarioEdit.consequence.frame')}</th>
              <th scope="col">{t('scenarioEdit.consequence.frameCheck')}</th>
            </tr>
          </thead>
          <tbody>
            {c.years.map((y) => (
              <tr key={y.year} data-over={y.overFrame || undefined}>
                <th scope="row">{y.year}</th>
                <td>{formatTkr(y.investmentTkr)}</td>
                <td>{formatTkr(y.operatingTkr)}</td>
                <td>{formatTkr(y.investmentTkr + y.operatingTkr)}</td>
                <td>{formatTkr(y.frameTkr)}</td>
                <td>
                  {y.frameTkr === null
                    ? '–'
                    : y.overFrame
                      ? t('scenarioEdit.consequence.over')
                      : t('scenarioEdit.consequence.within')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
