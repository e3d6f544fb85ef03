import type { CoverageRule } from './coverage-checks';
import type { SubQuestionId } from './coverage-questions';
import { STATUS_AND_PLANNING_RULES } from './coverage-rules-q1-q2';
import { AI_BENEFIT_AND_FACTOR_RULES } from './coverage-rules-q3-plan';

/** The rule for every sub-question except plan-structure, which is read off the others. */
export const COVERAGE_RULES: Record<Exclude<SubQuestionId, 'plan-structure'>, CoverageRule> = {
  ...STATUS_AND_PLANNING_RULES,
  ...AI_BENEFIT_AND_FACTOR_RULES,
};
