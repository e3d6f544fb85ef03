import type { SubQuestionId } from './coverage-questions';
import { checkCount, checkShare, UNIT_SHARE, type CoverageRule } from './coverage-checks';

/** Rules for Q3 (AI and testing), Q4 (benefit realisation), Q5 (critical factors) and the whole of ITD. */
export const AI_BENEFIT_AND_FACTOR_RULES = {
  // Competence is what the units report; direction is the target levels ITD sets on the AI capabilities.
  'q3-ai-competence': (f) => ({
    key: 'aiCompetenceAndTargets',
    checks: [
      checkShare(
        'shareOfUnitsReportingAiCompetence',
        f.aiCompetenceReports,
        f.unitsTotal,
        UNIT_SHARE,
        { what: 'aiCompetence', who: 'units' },
      ),
      checkCount('aiTargets', f.aiTargetsSet, 1, { what: 'aiTargets', who: 'itd' }),
    ],
    partly: f.aiCompetenceReports > 0 || f.aiTargetsSet > 0,
  }),
  // "Within reach" is derived from readiness, so at least one use case must be assessed; use cases from three
  // units make it an answer for the city rather than for one department's idea.
  'q3-ai-within-reach': (f) => ({
    key: 'assessedUseCasesAcrossUnits',
    checks: [
      checkCount('assessedAiUseCases', f.aiUseCasesAssessed, 1, {
        what: 'aiReadiness',
        who: 'itd',
      }),
      checkCount('unitsWithAiUseCases', f.unitsWithAiUseCases, 3, {
        what: 'aiUseCases',
        who: 'units',
      }),
    ],
    partly: f.aiUseCases > 0,
  }),
  'q3-test-competence': (f) => ({
    key: 'testCompetenceReported',
    checks: [
      checkShare(
        'shareOfUnitsReportingTestCompetence',
        f.testCompetenceReports,
        f.unitsTotal,
        UNIT_SHARE,
        { what: 'testCompetence', who: 'units' },
      ),
    ],
    partly: f.testCompetenceReports > 0,
  }),
  // As for all needs: the answer is a total, so every AI and test need must be costed.
  'q3-investment-needs': (f) => ({
    key: 'aiNeedsCosted',
    checks: [
      checkCount('aiNeeds', f.aiNeedsLinked, 1, { what: 'aiNeeds', who: 'itd' }),
      checkShare('shareOfAiNeedsCosted', f.aiNeedsWithCosts, f.aiNeedsLinked, 1, {
        what: 'needCosts',
        who: 'itd',
      }),
    ],
    partly: f.aiNeedsLinked > 0,
  }),
  // Potential is the gap between target and measured value, board by board. Half, not four in five: not
  // every board has finished investments with benefits in a year, and new benefits have nothing to measure.
  'q4-benefit-potential': (f) => ({
    key: 'benefitsAcrossBoardsMeasured',
    checks: [
      checkShare('shareOfBoardsWithBenefits', f.boardsWithBenefits, f.boardsTotal, 0.5, {
        what: 'benefits',
        who: 'units',
      }),
      checkShare('shareOfBenefitsMeasured', f.benefitsMeasured, f.benefitsTotal, 0.5, {
        what: 'benefitMeasurements',
        who: 'units',
      }),
    ],
    partly: f.benefitsTotal > 0,
  }),
  // "What can servicenämnden do" is answered by an action it owns; there is no half of an action.
  'q4-servicenamnden': (f) => ({
    key: 'actionOwnedByServicenamnden',
    checks: [
      checkCount('actionsServicenamnden', f.actionsServicenamnden, 1, {
        what: 'servicenamndenActions',
        who: 'servicenamnden',
      }),
    ],
    partly: false,
  }),
  'q4-kommunstyrelsen': (f) => ({
    key: 'actionOwnedByKommunstyrelsen',
    checks: [
      checkCount('actionsKommunstyrelsen', f.actionsKommunstyrelsen, 1, {
        what: 'kommunstyrelsenActions',
        who: 'ks',
      }),
    ],
    partly: false,
  }),
  // A critical factor without a trend says what might go wrong but not whether it is being handled.
  'q5-critical-factors': (f) => ({
    key: 'factorsWithTrend',
    checks: [
      checkCount('factors', f.factorsTotal, 1, { what: 'criticalFactors', who: 'itd' }),
      checkCount('factorsWithTrend', f.factorsWithTrend, 1, {
        what: 'factorScoresOverRounds',
        who: 'itd',
      }),
    ],
    partly: f.factorsTotal > 0,
  }),
  // The whole of ITD, not only development: ITD's own operations must be assessed and staffed in the data.
  'plan-whole-itd': (f) => ({
    key: 'itdItselfReported',
    checks: [
      checkCount('itdAssessed', f.itdAssessedLatestRound ? 1 : 0, 1, {
        what: 'itdMaturity',
        who: 'itd',
      }),
      checkCount('itdCapacityReported', f.itdCapacityReported ? 1 : 0, 1, {
        what: 'itdCapacity',
        who: 'itd',
      }),
    ],
    partly: f.itdAssessedLatestRound || f.itdCapacityReported,
  }),
} satisfies Partial<Record<SubQuestionId, CoverageRule>>;
