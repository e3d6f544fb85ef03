import { InvalidError } from '../errors';
import type { BudgetFrame, InvestmentNeed, PlanningHorizon, Scenario } from '../models/investment';
import { findCompletionYear } from './need-years';
import {
  projectMaturity,
  type MaturityBaseline,
  type ProjectedMaturity,
} from './projected-maturity';
import {
  checkDependencies,
  listTradeOffs,
  type DependencyIssue,
  type TradeOff,
} from './scenario-checks';
import {
  computeEconomics,
  findPaybackYear,
  type EconomicTotals,
  type EconomicYear,
  type ScheduledNeed,
} from './scenario-economics';
import { checkStaffing, type AreaYearFte, type StaffingYear } from './staffing';

export interface ScenarioContext {
  /** The whole register: the scenario picks from it, and what it leaves out is its trade-offs. */
  needs: readonly InvestmentNeed[];
  horizon: PlanningHorizon;
  frame: BudgetFrame;
  /** FTE free for development per competence area and year. */
  available: readonly AreaYearFte[];
  planning: readonly { year: number; fte: number }[];
  baseline: MaturityBaseline;
}

export interface ScenarioOutcome {
  code: string;
  name: string;
  years: EconomicYear[];
  totals: EconomicTotals;
  paybackYear: number | null;
  staffing: StaffingYear[];
  maturity: ProjectedMaturity;
  dependencyIssues: DependencyIssue[];
  tradeOffs: TradeOff[];
  /** Each chosen need's years, for the timeline. */
  timeline: { needCode: string; title: string; startYear: number; completionYear: number }[];
}

/** Everything the board compares scenarios by, per year of the horizon. */
export function computeScenario(scenario: Scenario, context: ScenarioContext): ScenarioOutcome {
  const scheduled = scheduleNeeds(scenario, context.needs);
  const economics = computeEconomics(scheduled, context.horizon, context.frame);
  return {
    code: scenario.code,
    name: scenario.name,
    years: economics.years,
    totals: economics.totals,
    paybackYear: findPaybackYear(economics.years),
    staffing: checkStaffing(scheduled, context.horizon, context.available, context.planning),
    maturity: projectMaturity(scheduled, context.baseline, context.horizon),
    dependencyIssues: checkDependencies(scheduled),
    tradeOffs: listTradeOffs(context.needs, scenario, context.horizon),
    timeline: scheduled.map(({ need, startYear }) => ({
      needCode: need.code,
      title: need.title,
      startYear,
      completionYear: findCompletionYear(need, startYear),
    })),
  };
}

/** The scenario's needs as found in the register; a code the register lacks is the caller's error. */
export function scheduleNeeds(
  scenario: Pick<Scenario, 'needs'>,
  needs: readonly InvestmentNeed[],
): ScheduledNeed[] {
  const byCode = new Map(needs.map((n) => [n.code, n]));
  return scenario.needs.map((chosen, i) => {
    const need = byCode.get(chosen.needCode);
    if (!need) throw new InvalidError(`needs.${i}.needCode`, 'unknownNeed');
    return { need, startYear: chosen.startYear };
  });
}
