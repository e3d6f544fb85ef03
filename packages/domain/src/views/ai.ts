import { z } from 'zod';
import { calendarDaySchema } from '../calendar/calendar';
import { AI_COMPETENCE_AREAS } from '../insight/ai-competence';
import { aiStatusSchema, readinessDimensionSchema } from '../models/ai-use-case';
import { needStatusSchema } from '../models/investment';

const oneToFive = z.number().int().min(1).max(5);
const aiCompetenceAreaSchema = z.enum(AI_COMPETENCE_AREAS);

export const reachShortfallSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('dimension'),
    dimension: readinessDimensionSchema,
    value: z.number(),
    required: z.number(),
  }),
  z.object({ kind: z.literal('mean'), value: z.number(), required: z.number() }),
  z.object({ kind: z.literal('effort'), value: z.number(), allowed: z.number() }),
]);
export type ReachShortfall = z.infer<typeof reachShortfallSchema>;

export const aiUseCaseViewSchema = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string(),
  unit: z.object({ slug: z.string(), name: z.string() }),
  value: oneToFive,
  effort: oneToFive,
  readiness: z.object({
    data: oneToFive,
    legal: oneToFive,
    competence: oneToFive,
    platform: oneToFive,
    testing: oneToFive,
  }),
  status: aiStatusSchema,
  dependsOnNeeds: z.array(
    z.object({ code: z.string(), title: z.string(), status: needStatusSchema }),
  ),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  reach: z.object({
    withinReach: z.boolean(),
    meanReadiness: z.number(),
    shortfalls: z.array(reachShortfallSchema),
  }),
});
export type AiUseCaseView = z.infer<typeof aiUseCaseViewSchema>;

/** The rule in force; version 0 (and no author) while the default applies. */
export const reachRuleViewSchema = z.object({
  minEach: oneToFive,
  minMean: z.number(),
  maxEffort: oneToFive,
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type ReachRuleView = z.infer<typeof reachRuleViewSchema>;

export const aiRegisterSchema = z.object({
  useCases: z.array(aiUseCaseViewSchema),
  rule: reachRuleViewSchema,
  weakest: z.object({ dimension: readinessDimensionSchema, mean: z.number() }).nullable(),
  units: z.array(z.object({ slug: z.string(), name: z.string() })),
  needs: z.array(z.object({ code: z.string(), title: z.string() })),
});
export type AiRegisterView = z.infer<typeof aiRegisterSchema>;

/**
 * The register as the board reads it: a use case's link to a unit's proposal that ITD has not accepted is
 * left out, so the proposal's title never reaches the board (see withholdProposals).
 */
export function withholdProposedLinks(register: AiRegisterView): AiRegisterView {
  return {
    ...register,
    useCases: register.useCases.map((u) => ({
      ...u,
      dependsOnNeeds: u.dependsOnNeeds.filter((n) => n.status !== 'proposed'),
    })),
  };
}

const levelCountsSchema = z.object({
  counts: z.array(z.number().int()),
  n: z.number().int(),
  median: z.number().nullable(),
});

/** Q3's competence picture: the city over the rounds, each unit now, and the direction units set. */
export const aiCompetenceSchema = z.object({
  rounds: z.array(z.string()),
  movement: z.array(
    z.object({
      roundCode: z.string(),
      area: aiCompetenceAreaSchema,
      fte: z.number(),
      meanLevel: z.number().nullable(),
      reports: z.number().int(),
    }),
  ),
  units: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      isItd: z.boolean(),
      roundCode: z.string().nullable(),
      previousRoundCode: z.string().nullable(),
      areas: z.array(
        z.object({
          area: aiCompetenceAreaSchema,
          fte: z.number(),
          level: z.number().nullable(),
          fteChange: z.number().nullable(),
          levelChange: z.number().nullable(),
          missing: z.boolean(),
        }),
      ),
    }),
  ),
  missing: z.array(z.object({ area: aiCompetenceAreaSchema, unitSlugs: z.array(z.string()) })),
  direction: z.object({
    roundCode: z.string().nullable(),
    horizon: z.object({ from: z.number().int(), to: z.number().int() }),
    /** The day the horizon started from. */
    asOf: calendarDaySchema,
    areas: z.array(
      z.object({
        areaCode: z.string(),
        areaName: z.string(),
        current: levelCountsSchema,
        targets: levelCountsSchema,
        years: z.array(levelCountsSchema.extend({ year: z.number().int() })),
        beyondHorizon: z.number().int(),
        withoutTarget: z.number().int(),
      }),
    ),
  }),
});
export type AiCompetenceView = z.infer<typeof aiCompetenceSchema>;
