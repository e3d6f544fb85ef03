import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ScenarioComparisonData } from '../api-types';
import { ScrollTable } from '../components/scroll-table';
import { formatList } from '../format';
import { formatMnkr } from '../format-money';
import { describeScenario } from './describe';

/** The scenarios side by side: a sentence summary each, then the key figures in one table. */
export function ScenarioFigures({
  data,
  canEdit,
  headingId,
}: {
  data: ScenarioComparisonData;
  canEdit: boolean;
  headingId: string;
}) {
  const { t } = useTranslation();
  const { horizon } = data;
  const years = (list: number[]) =>
    list.length ? formatList(list.map(String)) : t('planning.figures.none');
  const rows: { label: string; values: string[] }[] = [
    {
      label: t('planning.figures.needs'),
      values: data.scenarios.map((s) => String(s.scenario.needs.length)),
    },
    {
      label: t('planning.figures.investment'),
      values: data.scenarios.map((s) => formatMnkr(s.outcome.totals.investmentTkr)),
    },
    {
      label: t('planning.figures.operating'),
      values: data.scenarios.map((s) => formatMnkr(s.outcome.totals.operatingTkr)),
    },
    {
      label: t('planning.figures.benefit'),
      values: data.scenarios.map((s) => formatMnkr(s.outcome.totals.benefitTkr)),
    },
    {
      label: t('planning.figures.net'),
      values: data.scenarios.map((s) => formatMnkr(s.outcome.totals.netTkr)),
    },
    {
      label: t('planning.figures.payback'),
      values: data.scenarios.map((s) =>
        s.outcome.paybackYear === null
          ? t('planning.figures.noPayback', { to: horizon.to })
          : String(s.outcome.paybackYear),
      ),
    },
    {
      label: t('planning.figures.overFrame'),
      values: data.scenarios.map((s) =>
        years(s.outcome.years.filter((y) => y.overFrame).map((y) => y.year)),
      ),
    },
    {
      label: t('planning.figures.understaffed'),
      values: data.scenarios.map((s) =>
        years(s.outcome.staffing.filter((y) => !y.feasible).map((y) => y.year)),
      ),
    },
    {
      label: t('planning.figures.dependencies'),
      values: data.scenarios.map((s) => String(s.outcome.dependencyIssues.length)),
    },
  ];
  const caption = t('planning.figures.caption', { from: horizon.from, to: horizon.to });
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('planning.figures.heading')}</h2>
      <div className="scenario-cards">
        {data.scenarios.map((s) => (
          <section
            key={s.scenario.code}
            className="card"
            aria-labelledby={`scenario-${s.scenario.code}`}
          >
            <h3 id={`scenario-${s.scenario.code}`}>{s.scenario.name}</h3>
            {s.scenario.description && <p className="card-intro">{s.scenario.description}</p>}
            <ul className="scenario-summary">
              {describeScenario(t, s.outcome, horizon).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {canEdit && (
              <p>
                <Link to="/planering/scenario/$code" params={{ code: s.scenario.code }}>
                  {t('planning.figures.edit', { name: s.scenario.name })}
                </Link>
              </p>
            )}
          </section>
        ))}
      </div>
      {canEdit && (
        <p>
          <Link to="/planering/scenario/$code" params={{ code: 'ny' }}>
            {t('planning.figures.newScenario')}
          </Link>
        </p>
      )}
      <ScrollTable label={caption}>
        <table className="data-table numeric-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.figures.measure')}</th>
              {data.scenarios.map((s) => (
                <th key={s.scenario.code} scope="col">
                  {s.scenario.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {r.values.map((v, i) => (
                  <td key={data.scenarios[i]!.scenario.code}>{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
