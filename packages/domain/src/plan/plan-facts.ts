import { z } from 'zod';

const count = z.number().int().min(0).max(1_000_000);

type CountKey = {
  [K in keyof PlanFacts]: PlanFacts[K] extends number ? K : never;
}[keyof PlanFacts];

/** Counts that are a subset of another count; the rules compute shares from these pairs. */
export const PLAN_FACT_PARTS: readonly (readonly [CountKey, CountKey])[] = [
  ['unitsReportedLatestRound', 'unitsTotal'],
  ['unitsValidatedLatestRound', 'unitsTotal'],
  ['capacityReportsLatest', 'unitsTotal'],
  ['unitsWithBaseRequirements', 'unitsTotal'],
  ['aiCompetenceReports', 'unitsTotal'],
  ['testCompetenceReports', 'unitsTotal'],
  ['unitsWithAiUseCases', 'unitsTotal'],
  ['needsWithCosts', 'needsTotal'],
  ['needsWithOperatingCost', 'needsTotal'],
  ['needsWithExpectedBenefit', 'needsTotal'],
  ['needsWithConstraints', 'needsTotal'],
  ['needsDecided', 'needsTotal'],
  ['needsDecidedWithTimeline', 'needsDecided'],
  ['aiNeedsLinked', 'needsTotal'],
  ['aiNeedsWithCosts', 'aiNeedsLinked'],
  ['aiUseCasesAssessed', 'aiUseCases'],
  ['unitsWithAiUseCases', 'aiUseCases'],
  ['benefitsMeasured', 'benefitsTotal'],
  ['boardsWithBenefits', 'boardsTotal'],
  ['boardsWithBenefits', 'benefitsTotal'],
  ['factorsWithTrend', 'factorsTotal'],
];

/**
 * The figures the coverage rules read, computed from a plan edition's snapshot. "Latest round" is the latest
 * closed round; "units" are ITD and the förvaltningar that report.
 */
export const planFactsSchema = z
  .strictObject({
    /** Assessment rounds closed so far. */
    closedRounds: count,
    /** Units expected to report, ITD included. */
    unitsTotal: count,
    /** Units that self-rated their maturity in the latest round. */
    unitsReportedLatestRound: count,
    /** Units whose ratings ITD validated in the latest round. */
    unitsValidatedLatestRound: count,
    /** Strengths valued (weighted) by ITD. */
    strengthsNoted: count,
    /** Weaknesses valued (weighted) by ITD. */
    weaknessesNoted: count,
    /** Units with a capacity report, planning capacity included, in the latest round. */
    capacityReportsLatest: count,
    /** Units that set base requirements (baskrav) in the latest round. */
    unitsWithBaseRequirements: count,
    /** Investment needs not declined. */
    needsTotal: count,
    /** Of those, needs with a one-off cost estimate. */
    needsWithCosts: count,
    /** Of those, needs with their yearly operating consequence (driftkonsekvens) stated. */
    needsWithOperatingCost: count,
    /** Of those, needs with an expected benefit, the efficiency side of an investment. */
    needsWithExpectedBenefit: count,
    /** Of those, needs with at least one constraint recorded (legal, procurement, competence, budget). */
    needsWithConstraints: count,
    /** Needs ITD has accepted, planned or started. */
    needsDecided: count,
    /** Of those, needs with a start year and a duration. */
    needsDecidedWithTimeline: count,
    /** Scenarios (e.g. Bas, Offensiv). */
    scenarios: count,
    /** Years with a budget frame set for the scenario checks. */
    budgetFrameYears: count,
    /** Units that reported FTE or level in AI och data in the latest round. */
    aiCompetenceReports: count,
    /** AI capabilities with a target level and year set: the direction. */
    aiTargetsSet: count,
    /** Units that reported FTE or level in test in the latest round. */
    testCompetenceReports: count,
    /** AI use cases registered. */
    aiUseCases: count,
    /** Of those, use cases with readiness assessed. */
    aiUseCasesAssessed: count,
    /** Units with at least one AI use case. */
    unitsWithAiUseCases: count,
    /** Needs that lift an AI or test capability or that an AI use case waits for. */
    aiNeedsLinked: count,
    /** Of those, needs with a one-off cost estimate. */
    aiNeedsWithCosts: count,
    /** Benefits registered. */
    benefitsTotal: count,
    /** Of those, benefits with at least one measured value. */
    benefitsMeasured: count,
    /** Boards (nämnder) the units belong to. */
    boardsTotal: count,
    /** Of those, boards owning at least one benefit. */
    boardsWithBenefits: count,
    /** Actions to improve benefit realisation owned by servicenämnden. */
    actionsServicenamnden: count,
    /** Actions to improve benefit realisation owned by kommunstyrelsen. */
    actionsKommunstyrelsen: count,
    /** Critical factors recorded. */
    factorsTotal: count,
    /** Of those, factors with an owner, scored in at least two rounds (so they have a trend). */
    factorsWithTrend: count,
    /** ITD's own unit self-rated its maturity in the latest round: the plan covers ITD's operations. */
    itdAssessedLatestRound: z.boolean(),
    /** ITD's own unit reported its capacity in the latest round. */
    itdCapacityReported: z.boolean(),
  })
  .superRefine((f, ctx) => {
    for (const [part, whole] of PLAN_FACT_PARTS) {
      if (f[part] > f[whole])
        ctx.addIssue({ code: 'custom', path: [part], message: 'exceedsTotal' });
    }
  });
export type PlanFacts = z.infer<typeof planFactsSchema>;

/** Facts with nothing in them: a city that has not started. */
export const EMPTY_PLAN_FACTS: PlanFacts = {
  closedRounds: 0,
  unitsTotal: 0,
  unitsReportedLatestRound: 0,
  unitsValidatedLatestRound: 0,
  strengthsNoted: 0,
  weaknessesNoted: 0,
  capacityReportsLatest: 0,
  unitsWithBaseRequirements: 0,
  needsTotal: 0,
  needsWithCosts: 0,
  needsWithOperatingCost: 0,
  needsWithExpectedBenefit: 0,
  needsWithConstraints: 0,
  needsDecided: 0,
  needsDecidedWithTimeline: 0,
  scenarios: 0,
  budgetFrameYears: 0,
  aiCompetenceReports: 0,
  aiTargetsSet: 0,
  testCompetenceReports: 0,
  aiUseCases: 0,
  aiUseCasesAssessed: 0,
  unitsWithAiUseCases: 0,
  aiNeedsLinked: 0,
  aiNeedsWithCosts: 0,
  benefitsTotal: 0,
  benefitsMeasured: 0,
  boardsTotal: 0,
  boardsWithBenefits: 0,
  actionsServicenamnden: 0,
  actionsKommunstyrelsen: 0,
  factorsTotal: 0,
  factorsWithTrend: 0,
  itdAssessedLatestRound: false,
  itdCapacityReported: false,
};
