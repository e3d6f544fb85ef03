import { z } from 'zod';
import {
  COVERAGE_QUESTIONS,
  QUESTION_IDS,
  questionIdSchema,
  subQuestionIdSchema,
  type QuestionId,
  type SubQuestionId,
} from './coverage-questions';
import { SUPPLIERS, type CheckOutcome } from './coverage-checks';
import { COVERAGE_RULES } from './coverage-rules';
import type { PlanFacts } from './plan-facts';

export * from './coverage-questions';
export {
  SUPPLIERS,
  UNIT_SHARE,
  type MissingData,
  type RuleCheck,
  type Supplier,
} from './coverage-checks';
export * from './plan-facts';

/** Worst first, so a lower index is a worse status. */
export const COVERAGE_STATUSES = ['unanswered', 'partly', 'answered'] as const;
export const coverageStatusSchema = z.enum(COVERAGE_STATUSES);
export type CoverageStatus = z.infer<typeof coverageStatusSchema>;

export const coverageResultSchema = z.strictObject({
  id: subQuestionIdSchema,
  questionId: questionIdSchema,
  status: coverageStatusSchema,
  /** The rule and its thresholds: answered when every check's value reaches its min. */
  rule: z.strictObject({
    key: z.string(),
    checks: z.array(z.strictObject({ metric: z.string(), min: z.number(), value: z.number() })),
  }),
  /** The data still missing for an answer, and who must supply it; empty when answered. */
  missing: z.array(z.strictObject({ what: z.string(), who: z.enum(SUPPLIERS) })),
});
export type CoverageResult = z.infer<typeof coverageResultSchema>;

const statusCountsSchema = z.strictObject({
  answered: z.number().int(),
  partly: z.number().int(),
  unanswered: z.number().int(),
});

export const coverageSummarySchema = z.strictObject({
  /** Sub-questions per status. */
  counts: statusCountsSchema,
  questions: z.array(
    z.strictObject({
      questionId: questionIdSchema,
      status: coverageStatusSchema,
      counts: statusCountsSchema,
    }),
  ),
});
export type CoverageSummary = z.infer<typeof coverageSummarySchema>;

function toResult(
  id: SubQuestionId,
  questionId: QuestionId,
  key: string,
  checks: readonly CheckOutcome[],
  partly: boolean,
): CoverageResult {
  const failed = checks.filter((c) => !c.passed);
  const status = failed.length === 0 ? 'answered' : partly ? 'partly' : 'unanswered';
  return {
    id,
    questionId,
    status,
    rule: { key, checks: checks.map(({ metric, min, value }) => ({ metric, min, value })) },
    missing: failed.map((c) => c.missing),
  };
}

/**
 * Whether the data answers each of the reservation's sub-questions, in the reservation's order, with the rule
 * used and what is missing. The plan's structure (the last one) is answered when every other one is: the
 * chapters of a lokalförsörjningsplan-like plan are exactly those answers.
 */
export function assessCoverage(facts: PlanFacts): CoverageResult[] {
  const results: CoverageResult[] = [];
  for (const q of COVERAGE_QUESTIONS) {
    if (q.id === 'plan-structure') continue;
    const { key, checks, partly } = COVERAGE_RULES[q.id](facts);
    results.push(toResult(q.id, q.questionId, key, checks, partly));
  }
  const answered = results.filter((r) => r.status === 'answered').length;
  const share = Math.floor((answered / results.length) * 100 + 1e-9) / 100;
  const structure = toResult(
    'plan-structure',
    'plan',
    'everySubQuestionAnswered',
    [
      {
        metric: 'shareOfSubQuestionsAnswered',
        min: 1,
        value: share,
        passed: answered === results.length,
        missing: { what: 'answersToSubQuestions', who: 'itd' },
      },
    ],
    results.some((r) => r.status !== 'unanswered'),
  );
  return [...results, structure];
}

function countStatuses(results: readonly CoverageResult[]) {
  const counts = { answered: 0, partly: 0, unanswered: 0 };
  for (const r of results) counts[r.status] += 1;
  return counts;
}

/**
 * Counts per status, and per question: a question is answered when all its sub-questions are, unanswered
 * when none is answered or partly answered, else partly.
 */
export function summariseCoverage(results: readonly CoverageResult[]): CoverageSummary {
  const questions = QUESTION_IDS.map((questionId) => {
    const counts = countStatuses(results.filter((r) => r.questionId === questionId));
    const total = counts.answered + counts.partly + counts.unanswered;
    const status: CoverageStatus =
      total > 0 && counts.answered === total
        ? 'answered'
        : counts.unanswered === total
          ? 'unanswered'
          : 'partly';
    return { questionId, status, counts };
  });
  return { counts: countStatuses(results), questions };
}
