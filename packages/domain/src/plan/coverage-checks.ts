import type { PlanFacts } from './plan-facts';

/** Who must supply missing data: ITD, the förvaltningar, kommunstyrelsen or servicenämnden. */
export const SUPPLIERS = ['itd', 'units', 'ks', 'servicenamnden'] as const;
export type Supplier = (typeof SUPPLIERS)[number];

export interface MissingData {
  /** A machine key for the data, e.g. 'capacityReports'; the UI words it. */
  what: string;
  who: Supplier;
}

/** One condition of a rule: `value` must reach `min`. Metrics named `shareOf…` are fractions 0–1. */
export interface RuleCheck {
  metric: string;
  min: number;
  /** Shares are rounded down to two decimals, so a share shown as 0.8 has really reached 0.8. */
  value: number;
}

export interface CheckOutcome extends RuleCheck {
  passed: boolean;
  /** What is missing, and who supplies it, while the check fails. */
  missing: MissingData;
}

export interface RuleOutcome {
  /** A machine key for the rule; a sub-question is answered when every check passes. */
  key: string;
  checks: CheckOutcome[];
  /** Whether enough is there to answer in part when not every check passes. */
  partly: boolean;
}

/** The share most rules ask of units: four in five leaves room for one late unit in a small city. */
export const UNIT_SHARE = 0.8;

export function checkCount(
  metric: string,
  value: number,
  min: number,
  missing: MissingData,
): CheckOutcome {
  return { metric, min, value, passed: value >= min, missing };
}

export function checkShare(
  metric: string,
  part: number,
  whole: number,
  min: number,
  missing: MissingData,
): CheckOutcome {
  const share = whole === 0 ? 0 : part / whole;
  // Compare on the exact share; the epsilon keeps 0.29 * 100 from flooring to 28.
  const value = Math.floor(share * 100 + 1e-9) / 100;
  return { metric, min, value, passed: whole > 0 && share >= min, missing };
}

/** Units whose ratings ITD validated: the other side of every comparison with self-ratings. */
export const checkUnitsValidated = (f: PlanFacts) =>
  checkShare('shareOfUnitsValidated', f.unitsValidatedLatestRound, f.unitsTotal, UNIT_SHARE, {
    what: 'validatedRatings',
    who: 'itd',
  });
export const checkAnyScenario = (f: PlanFacts) =>
  checkCount('scenarios', f.scenarios, 1, { what: 'scenarios', who: 'itd' });
export const checkAnyNeed = (f: PlanFacts) =>
  checkCount('needs', f.needsTotal, 1, { what: 'investmentNeeds', who: 'units' });

export type CoverageRule = (facts: PlanFacts) => RuleOutcome;
