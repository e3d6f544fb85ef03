import { useTranslation } from 'react-i18next';
import type { ScenarioComparisonData } from '../api-types';
import { ScrollTable } from '../components/scroll-table';
import { formatTkr } from '../format-money';

/** What each scenario leaves out and why, and needs that start before what they build on. */
export function TradeOffsSection({
  data,
  headingId,
}: {
  data: ScenarioComparisonData;
  headingId: string;
}) {
  const { t } = useTranslation();
  const titleOf = new Map(
    data.scenarios.flatMap((s) => [
      ...s.outcome.timeline.map((n) => [n.needCode, n.title] as const),
      ...s.outcome.tradeOffs.map((n) => [n.needCode, n.title] as const),
    ]),
  );
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('planning.tradeOffs.heading')}</h2>
      <p className="section-intro">{t('planning.tradeOffs.intro')}</p>
      {data.scenarios.map((s) => {
        const caption = t('planning.tradeOffs.caption', { name: s.scenario.name });
        return (
          <div key={s.scenario.code} className="trade-offs">
            {s.outcome.dependencyIssues.length > 0 && (
              <>
                <h3>{t('planning.tradeOffs.dependencies', { name: s.scenario.name })}</h3>
                <ul>
                  {s.outcome.dependencyIssues.map((d) => (
                    <li key={`${d.needCode}-${d.dependsOn}`}>
                      {t(`planning.tradeOffs.${d.kind}`, {
                        need: titleOf.get(d.needCode) ?? d.needCode,
                        dependsOn: titleOf.get(d.dependsOn) ?? d.dependsOn,
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <ScrollTable label={caption}>
              <table className="data-table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('planning.tradeOffs.colNeed')}</th>
                    <th scope="col">{t('planning.tradeOffs.colReason')}</th>
                    <th scope="col">{t('planning.tradeOffs.colInvestment')}</th>
                    <th scope="col">{t('planning.tradeOffs.colBenefit')}</th>
                    <th scope="col">{t('planning.tradeOffs.colLift')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.outcome.tradeOffs.length === 0 && (
                    <tr>
                      <td colSpan={5}>{t('planning.tradeOffs.none')}</td>
                    </tr>
                  )}
                  {s.outcome.tradeOffs.map((o) => (
                    <tr key={o.needCode}>
                      <th scope="row">{o.title}</th>
                      <td>{o.reason ?? t('planning.tradeOffs.noReason')}</td>
                      <td className="numeric">{formatTkr(o.investmentTkr)}</td>
                      <td className="numeric">{formatTkr(o.benefitTkr)}</td>
                      <td className="numeric">{o.lift}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </div>
        );
      })}
    </section>
  );
}
