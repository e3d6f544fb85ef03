import {
  READINESS_DIMENSIONS,
  type AiUseCaseFields,
  type ReachRule,
  type ReadinessDimension,
} from '../models/ai-use-case';

export interface ReachAssessment {
  withinReach: boolean;
  meanReadiness: number;
  /** What keeps it out of reach, each with the value and what the rule asks. */
  shortfalls: (
    | { kind: 'dimension'; dimension: ReadinessDimension; value: number; required: number }
    | { kind: 'mean'; value: number; required: number }
    | { kind: 'effort'; value: number; allowed: number }
  )[];
}

/** Whether a use case is within reach under the rule, and if not, exactly why. */
export function assessReach(
  useCase: Pick<AiUseCaseFields, 'readiness' | 'effort'>,
  rule: ReachRule,
): ReachAssessment {
  const values = READINESS_DIMENSIONS.map((d) => useCase.readiness[d]);
  const meanReadiness = Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
  const shortfalls: ReachAssessment['shortfalls'] = [];
  for (const dimension of READINESS_DIMENSIONS) {
    const value = useCase.readiness[dimension];
    if (value < rule.minEach) {
      shortfalls.push({ kind: 'dimension', dimension, value, required: rule.minEach });
    }
  }
  if (meanReadiness < rule.minMean) {
    shortfalls.push({ kind: 'mean', value: meanReadiness, required: rule.minMean });
  }
  if (useCase.effort > rule.maxEffort) {
    shortfalls.push({ kind: 'effort', value: useCase.effort, allowed: rule.maxEffort });
  }
  return { withinReach: shortfalls.length === 0, meanReadiness, shortfalls };
}

/** The weakest side of readiness across use cases: where the city should invest to bring more in reach. */
export function findWeakestDimension(
  useCases: readonly Pick<AiUseCaseFields, 'readiness'>[],
): { dimension: ReadinessDimension; mean: number } | null {
  if (useCases.length === 0) return null;
  const means = READINESS_DIMENSIONS.map((dimension) => ({
    dimension,
    mean:
      Math.round(
        (useCases.reduce((s, u) => s + u.readiness[dimension], 0) / useCases.length) * 10,
      ) / 10,
  }));
  return means.reduce((weakest, m) => (m.mean < weakest.mean ? m : weakest));
}
