import { describe, expect, it } from 'vitest';
import { assessCoverage, type CoverageResult, type CoverageStatus } from './coverage';
import type { SubQuestionId } from './coverage-questions';
import { EMPTY_PLAN_FACTS, planFactsSchema, type PlanFacts } from './plan-facts';

/** A city whose data answers every question: ten units, eight boards, two closed rounds. */
export const FULL_PLAN_FACTS: PlanFacts = {
  closedRounds: 2,
  unitsTotal: 10,
  unitsReportedLatestRound: 10,
  unitsValidatedLatestRound: 10,
  strengthsNoted: 3,
  weaknessesNoted: 2,
  capacityReportsLatest: 10,
  unitsWithBaseRequirements: 10,
  needsTotal: 6,
  needsWithCosts: 6,
  needsWithOperatingCost: 5,
  needsWithExpectedBenefit: 4,
  needsWithConstraints: 3,
  needsDecided: 4,
  needsDecidedWithTimeline: 4,
  scenarios: 2,
  budgetFrameYears: 3,
  aiCompetenceReports: 9,
  aiTargetsSet: 2,
  testCompetenceReports: 8,
  aiUseCases: 5,
  aiUseCasesAssessed: 4,
  unitsWithAiUseCases: 3,
  aiNeedsLinked: 2,
  aiNeedsWithCosts: 2,
  benefitsTotal: 6,
  benefitsMeasured: 3,
  boardsTotal: 8,
  boardsWithBenefits: 4,
  actionsServicenamnden: 1,
  actionsKommunstyrelsen: 1,
  factorsTotal: 5,
  factorsWithTrend: 1,
  itdAssessedLatestRound: true,
  itdCapacityReported: true,
};

/** Facts from a base with some fields changed, checked against the schema so a test cannot build nonsense. */
export function makeFacts(
  changes: Partial<PlanFacts>,
  base: PlanFacts = EMPTY_PLAN_FACTS,
): PlanFacts {
  return planFactsSchema.parse({ ...base, ...changes });
}

/** One row of a rule's table: facts, the status they give, and `what:who` of each missing item, in order. */
export interface CoverageCase {
  id: SubQuestionId;
  name: string;
  facts: PlanFacts;
  status: CoverageStatus;
  missing: string[];
}

/** One row of a rule table: what the case is, the facts, the status, and what is missing (none if left out). */
export type CoverageRow = [
  name: string,
  facts: PlanFacts,
  status: CoverageStatus,
  missing?: string[],
];

/** A rule table written per sub-question, row by row, as the cases the suite runs. */
export function tableOf(
  table: Partial<Record<SubQuestionId, readonly CoverageRow[]>>,
): CoverageCase[] {
  return Object.entries(table).flatMap(([id, rows]) =>
    rows!.map(([name, facts, status, missing = []]) => ({
      id: id as SubQuestionId,
      name,
      facts,
      status,
      missing,
    })),
  );
}

/** The result for one sub-question. */
export function findResult(facts: PlanFacts, id: SubQuestionId): CoverageResult {
  const result = assessCoverage(facts).find((r) => r.id === id);
  if (!result) throw new Error(`no result for ${id}`);
  return result;
}

/** Runs a rule table, and checks that each sub-question in it has an answered and an unanswered row. */
export function describeCoverageCases(title: string, cases: readonly CoverageCase[]) {
  describe(title, () => {
    it.each(cases)('$id: $name → $status', ({ id, facts, status, missing }) => {
      const result = findResult(facts, id);
      expect(result.status).toBe(status);
      expect(result.missing.map((m) => `${m.what}:${m.who}`)).toEqual(missing);
    });

    it('covers answered and unanswered for every sub-question in the table', () => {
      for (const id of new Set(cases.map((c) => c.id))) {
        const statuses = new Set(cases.filter((c) => c.id === id).map((c) => c.status));
        expect([statuses.has('answered'), statuses.has('unanswered')], id).toEqual([true, true]);
      }
    });
  });
}
