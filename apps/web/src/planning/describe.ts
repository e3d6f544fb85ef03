import type { TFunction } from 'i18next';
import type { CapacityBalanceData, ScenarioOutcomeData } from '../api-types';
import { formatFte, formatList } from '../format';
import { formatMnkr } from '../format-money';

type Horizon = { from: number; to: number };

/** Years as the language lists them: 2026, 2027 och 2028. */
const listYears = (years: readonly number[]) => formatList(years.map(String));

/** One scenario in sentences: what it costs and brings, when it pays back, where it breaks limits. */
export function describeScenario(
  t: TFunction,
  outcome: ScenarioOutcomeData,
  horizon: Horizon,
): string[] {
  const { totals } = outcome;
  const lines = [
    t('planning.describe.totals', {
      name: outcome.name,
      from: horizon.from,
      to: horizon.to,
      investment: formatMnkr(totals.investmentTkr),
      operating: formatMnkr(totals.operatingTkr),
      benefit: formatMnkr(totals.benefitTkr),
      net: formatMnkr(totals.netTkr),
    }),
    outcome.paybackYear === null
      ? t('planning.describe.noPayback', { to: horizon.to })
      : t('planning.describe.payback', { year: outcome.paybackYear }),
  ];
  const overFrame = outcome.years.filter((y) => y.overFrame).map((y) => y.year);
  lines.push(
    overFrame.length
      ? t('planning.describe.overFrame', { years: listYears(overFrame) })
      : t('planning.describe.withinFrame'),
  );
  const infeasible = outcome.staffing.filter((s) => !s.feasible).map((s) => s.year);
  lines.push(
    infeasible.length
      ? t('planning.describe.understaffed', { years: listYears(infeasible) })
      : t('planning.describe.staffed'),
  );
  if (outcome.dependencyIssues.length) {
    lines.push(t('planning.describe.dependencies', { count: outcome.dependencyIssues.length }));
  }
  return lines;
}

/** The cost chart in a sentence per scenario: the peak year and the net at the end. */
export function describeEconomics(t: TFunction, outcomes: readonly ScenarioOutcomeData[]): string {
  return outcomes
    .map((o) => {
      const peak = o.years.reduce(
        (best, y) =>
          y.investmentTkr + y.operatingTkr > best.investmentTkr + best.operatingTkr ? y : best,
        o.years[0]!,
      );
      const last = o.years.at(-1)!;
      return t('planning.describe.economics', {
        name: o.name,
        year: peak.year,
        cost: formatMnkr(peak.investmentTkr + peak.operatingTkr),
        last: last.year,
        cumulative: formatMnkr(last.cumulativeNetTkr),
      });
    })
    .join(' ');
}

/** Where capacity falls short, largest first, in a sentence. */
export function describeBalance(
  t: TFunction,
  balance: Pick<CapacityBalanceData, 'cells'>,
  areaName: (code: CapacityBalanceData['cells'][number]['area']) => string,
): string {
  const short = balance.cells
    .filter((c) => c.shortfallFte > 0)
    .sort((a, b) => b.shortfallFte - a.shortfallFte);
  if (short.length === 0) return t('planning.describe.noShortfall');
  const worst = short[0]!;
  const areas = [...new Set(short.map((c) => areaName(c.area)))];
  return t('planning.describe.shortfall', {
    count: areas.length,
    areas: formatList(areas),
    worstArea: areaName(worst.area),
    worstYear: worst.year,
    worstFte: formatFte(worst.shortfallFte),
  });
}
