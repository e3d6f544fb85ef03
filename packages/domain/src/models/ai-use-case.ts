import { z } from 'zod';
import { slugSchema } from './organisation';
import { readVersionSchema, saveRecordInputSchema } from './record-save';
import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from './limits';

/** The five sides of readiness DOMAIN.md names for an AI use case, each rated 1–5. */
export const READINESS_DIMENSIONS = ['data', 'legal', 'competence', 'platform', 'testing'] as const;
export const readinessDimensionSchema = z.enum(READINESS_DIMENSIONS);
export type ReadinessDimension = z.infer<typeof readinessDimensionSchema>;

export const AI_STATUSES = ['idea', 'pilot', 'production'] as const;
export const aiStatusSchema = z.enum(AI_STATUSES);
export type AiStatus = z.infer<typeof aiStatusSchema>;

const oneToFive = z.number().int().min(1).max(5);

export const aiUseCaseFieldsSchema = z.strictObject({
  title: z.string().trim().min(1).max(TITLE_MAX_LENGTH),
  description: z.string().trim().max(TEXT_MAX_LENGTH),
  unitSlug: slugSchema,
  /** Expected value, 1 little … 5 much. */
  value: oneToFive,
  /** Effort to get it into use, 1 small … 5 large. */
  effort: oneToFive,
  readiness: z.strictObject({
    data: oneToFive,
    legal: oneToFive,
    competence: oneToFive,
    platform: oneToFive,
    testing: oneToFive,
  }),
  status: aiStatusSchema,
  /** Investment needs it waits for. */
  dependsOnNeeds: z.array(slugSchema).max(20),
});
export type AiUseCaseFields = z.infer<typeof aiUseCaseFieldsSchema>;

/**
 * The rule that makes a use case "within reach", set by ITD and shown beside every result: each side of
 * readiness at least `minEach`, their mean at least `minMean`, and the effort at most `maxEffort`.
 */
export const reachRuleSchema = z.strictObject({
  minEach: oneToFive,
  minMean: z.number().min(1).max(5),
  maxEffort: oneToFive,
});
export type ReachRule = z.infer<typeof reachRuleSchema>;

export const DEFAULT_REACH_RULE: ReachRule = { minEach: 2, minMean: 3, maxEffort: 3 };

/** Creates (code null, version 0) or changes a use case against the version read. Reporters: own unit only. */
export const saveAiUseCaseInputSchema = saveRecordInputSchema(aiUseCaseFieldsSchema);
export type SaveAiUseCaseInput = z.infer<typeof saveAiUseCaseInputSchema>;

/** ITD changes the rule against the version read (0 while the default applies). */
export const saveReachRuleInputSchema = z.strictObject({
  version: readVersionSchema,
  rule: reachRuleSchema,
});
export type SaveReachRuleInput = z.infer<typeof saveReachRuleInputSchema>;
