import type { SubQuestionId } from './coverage-questions';
import {
  checkAnyNeed,
  checkAnyScenario,
  checkCount,
  checkShare,
  checkUnitsValidated,
  UNIT_SHARE,
  type CoverageRule,
} from './coverage-checks';

/** Rules for Q1 (status, movement, strengths) and Q2 (capacity, needs, scenarios, timeline). */
export const STATUS_AND_PLANNING_RULES = {
  // A status is the units' self-ratings as ITD validated them; a status for a few units is only part of one.
  'q1-status': (f) => ({
    key: 'unitsReportedAndValidated',
    checks: [
      checkShare('shareOfUnitsReported', f.unitsReportedLatestRound, f.unitsTotal, UNIT_SHARE, {
        what: 'maturitySelfRatings',
        who: 'units',
      }),
      checkUnitsValidated(f),
    ],
    partly: f.unitsReportedLatestRound > 0,
  }),
  // Movement is the change between two frozen snapshots. Two closed rounds show the movement that "has taken
  // place" since the previous round, which is what was asked; more rounds give a trend, not a different answer.
  // One closed round is the baseline: half the comparison.
  'q1-movement': (f) => ({
    key: 'closedRounds',
    checks: [checkCount('closedRounds', f.closedRounds, 2, { what: 'closedRounds', who: 'itd' })],
    partly: f.closedRounds >= 1,
  }),
  'q1-strengths-weaknesses': (f) => ({
    key: 'strengthsAndWeaknesses',
    checks: [
      checkCount('strengths', f.strengthsNoted, 1, { what: 'strengths', who: 'itd' }),
      checkCount('weaknesses', f.weaknessesNoted, 1, { what: 'weaknesses', who: 'itd' }),
    ],
    partly: f.strengthsNoted > 0 || f.weaknessesNoted > 0,
  }),
  // The gap to base requirements is measured against ITD-validated levels, so both sides are needed.
  'q2-base-requirements': (f) => ({
    key: 'baseRequirementsAgainstValidated',
    checks: [
      checkShare(
        'shareOfUnitsWithBaseRequirements',
        f.unitsWithBaseRequirements,
        f.unitsTotal,
        UNIT_SHARE,
        { what: 'baseRequirements', who: 'units' },
      ),
      checkUnitsValidated(f),
    ],
    partly: f.unitsWithBaseRequirements > 0,
  }),
  // "More offensive" is a comparison, so it takes a base and at least one alternative; the efficiency
  // perspective needs expected benefits, from which the scenarios compute net and payback.
  'q2-offensive': (f) => ({
    key: 'scenariosWithBenefits',
    checks: [
      checkCount('scenarios', f.scenarios, 2, { what: 'scenarios', who: 'itd' }),
      checkCount('needsWithExpectedBenefit', f.needsWithExpectedBenefit, 1, {
        what: 'expectedBenefits',
        who: 'units',
      }),
    ],
    partly: f.scenarios > 0 || f.needsWithExpectedBenefit > 0,
  }),
  // Enough planning capacity is supply against demand: the units' reported capacity against a scenario's FTE.
  'q2-planning-capacity': (f) => ({
    key: 'capacityAgainstScenario',
    checks: [
      checkShare(
        'shareOfUnitsWithCapacityReport',
        f.capacityReportsLatest,
        f.unitsTotal,
        UNIT_SHARE,
        { what: 'capacityReports', who: 'units' },
      ),
      checkAnyScenario(f),
    ],
    partly: f.capacityReportsLatest > 0,
  }),
  // Every need costed: the answer is a total, and one need without a cost makes the total wrong.
  'q2-investment-needs': (f) => ({
    key: 'needsCosted',
    checks: [
      checkAnyNeed(f),
      checkShare('shareOfNeedsCosted', f.needsWithCosts, f.needsTotal, 1, {
        what: 'needCosts',
        who: 'itd',
      }),
    ],
    partly: f.needsTotal > 0,
  }),
  // Trade-offs show when a scenario is held to a budget frame (what was left out and why); restrictions are
  // the constraints recorded on needs.
  'q2-trade-offs': (f) => ({
    key: 'frameScenarioConstraints',
    checks: [
      checkCount('budgetFrameYears', f.budgetFrameYears, 1, { what: 'budgetFrame', who: 'itd' }),
      checkAnyScenario(f),
      checkCount('needsWithConstraints', f.needsWithConstraints, 1, {
        what: 'needConstraints',
        who: 'itd',
      }),
    ],
    partly: f.budgetFrameYears > 0 || f.scenarios > 0 || f.needsWithConstraints > 0,
  }),
  // A timeline is every decided need placed in time, shown in at least one scenario.
  'q2-timeline': (f) => ({
    key: 'decidedNeedsScheduled',
    checks: [
      checkCount('decidedNeeds', f.needsDecided, 1, { what: 'decidedNeeds', who: 'itd' }),
      checkShare('shareOfDecidedNeedsWithTimeline', f.needsDecidedWithTimeline, f.needsDecided, 1, {
        what: 'needTimelines',
        who: 'itd',
      }),
      checkAnyScenario(f),
    ],
    partly: f.needsDecidedWithTimeline > 0 || f.scenarios > 0,
  }),
  // Most IT investments carry running costs (licences, operation, management), but some truly have none, so
  // not every need must show one; below half, the figures are more likely missing than zero. A scenario turns
  // them into yearly sums, which is what the 41 mnkr request is about.
  'q2-operating-costs': (f) => ({
    key: 'operatingCostsStated',
    checks: [
      checkAnyNeed(f),
      checkShare('shareOfNeedsWithOperatingCost', f.needsWithOperatingCost, f.needsTotal, 0.5, {
        what: 'operatingCosts',
        who: 'itd',
      }),
      checkAnyScenario(f),
    ],
    partly: f.needsWithOperatingCost > 0,
  }),
} satisfies Partial<Record<SubQuestionId, CoverageRule>>;
