import type { InvestmentNeed, NeedStatus, Scenario } from '../models/investment';
import { findCompletionYear, listYears, benefitIn, oneOffIn, operatingIn } from './need-years';
import type { ScheduledNeed } from './scenario-economics';

export interface DependencyIssue {
  needCode: string;
  dependsOn: string;
  /** `missing`: the need it depends on is not in the scenario; `early`: it starts before that one is done. */
  kind: 'missing' | 'early';
}

/** Needs that start before what they depend on is completed, or whose dependency is left out. */
export function checkDependencies(scheduled: readonly ScheduledNeed[]): DependencyIssue[] {
  const byCode = new Map(scheduled.map((s) => [s.need.code, s]));
  const issues: DependencyIssue[] = [];
  for (const { need, startYear } of scheduled) {
    for (const dependsOn of need.dependsOn) {
      const before = byCode.get(dependsOn);
      if (!before) issues.push({ needCode: need.code, dependsOn, kind: 'missing' });
      else if (startYear <= findCompletionYear(before.need, before.startYear)) {
        issues.push({ needCode: need.code, dependsOn, kind: 'early' });
      }
    }
  }
  return issues;
}

export interface TradeOff {
  needCode: string;
  title: string;
  /** Why the scenario leaves it out; null when the scenario does not say. */
  reason: string | null;
  /** What it would have added within the horizon, started in its planned year. */
  investmentTkr: number;
  operatingTkr: number;
  benefitTkr: number;
  /** Levels it would have lifted, summed over its capabilities. */
  lift: number;
}

/**
 * The needs still in play (not declined or done) that the scenario leaves out, with the stated reason
 * and what each would have cost and brought.
 */
const CANDIDATE_STATUSES: readonly NeedStatus[] = ['accepted', 'planned', 'ongoing'];

export function listTradeOffs(
  needs: readonly InvestmentNeed[],
  scenario: Pick<Scenario, 'needs' | 'leftOut'>,
  horizon: { from: number; to: number },
): TradeOff[] {
  const chosen = new Set(scenario.needs.map((n) => n.needCode));
  const years = listYears(horizon.from, horizon.to);
  return (
    needs
      // Only what ITD has accepted is a candidate: a proposal waits for its decision, not for a scenario.
      .filter((n) => !chosen.has(n.code) && CANDIDATE_STATUSES.includes(n.status))
      .map((need) => {
        const start = need.plannedStart;
        const sum = (f: (n: InvestmentNeed, s: number, y: number) => number) =>
          years.reduce((total, y) => total + f(need, start, y), 0);
        return {
          needCode: need.code,
          title: need.title,
          reason: scenario.leftOut.find((l) => l.needCode === need.code)?.reason ?? null,
          investmentTkr: sum(oneOffIn),
          operatingTkr: sum(operatingIn),
          benefitTkr: sum(benefitIn),
          lift: need.capabilities.reduce((s, c) => s + c.lift, 0),
        };
      })
  );
}
