import { z } from 'zod';
import { actionOwnerSchema, benefitCategorySchema, benefitPhaseSchema } from '../models/benefit';
import { calendarDaySchema } from '../calendar/calendar';

const rateSchema = z.number().min(0).max(1);

export const realisationSummarySchema = z.object({
  benefits: z.number().int(),
  measured: z.number().int(),
  meanRate: rateSchema.nullable(),
  realised: z.number().int(),
  partly: z.number().int(),
  none: z.number().int(),
  overdue: z.number().int(),
});

export const benefitActionViewSchema = z.object({
  id: z.number().int(),
  benefitCode: z.string(),
  owner: actionOwnerSchema,
  description: z.string(),
  dueDate: z.string(),
  done: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type BenefitActionView = z.infer<typeof benefitActionViewSchema>;

export const measurementViewSchema = z.object({
  date: z.string(),
  value: z.number(),
  note: z.string(),
  recordedBy: z.string(),
});
export type MeasurementView = z.infer<typeof measurementViewSchema>;

const unitRefSchema = z.object({ slug: z.string(), name: z.string() });

export const nextActorViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), reason: z.literal('overdueFollowUp') }),
  z.object({
    kind: z.literal('action'),
    actionId: z.number().int(),
    owner: actionOwnerSchema,
    dueDate: z.string(),
  }),
]);

export const benefitViewSchema = z.object({
  code: z.string(),
  title: z.string(),
  need: z.object({ code: z.string(), title: z.string() }),
  unit: unitRefSchema,
  board: z.string(),
  category: benefitCategorySchema,
  metric: z.string(),
  baseline: z.number(),
  target: z.number(),
  targetDate: z.string(),
  phase: benefitPhaseSchema,
  followUpMonths: z.number().int(),
  /** Oldest first. */
  measurements: z.array(measurementViewSchema),
  /** Null before anything is measured. */
  realisation: rateSchema.nullable(),
  latestValue: z.number().nullable(),
  nextFollowUp: z.string(),
  overdue: z.boolean(),
  nextActor: nextActorViewSchema.nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type BenefitView = z.infer<typeof benefitViewSchema>;

/** Everything the benefit page shows (Q4), computed for the request's day. */
export const benefitRegisterSchema = z.object({
  /** The day overdue follow-ups and next actors are judged against. */
  asOf: calendarDaySchema,
  benefits: z.array(benefitViewSchema),
  actions: z.array(benefitActionViewSchema),
  city: realisationSummarySchema,
  byBoard: z.array(z.object({ board: z.string(), summary: realisationSummarySchema })),
  byInvestment: z.array(
    z.object({ needCode: z.string(), needTitle: z.string(), summary: realisationSummarySchema }),
  ),
  byYear: z.array(
    z.object({
      year: z.number().int(),
      planned: z.number().int(),
      measured: z.number().int(),
      realised: z.number().int(),
      meanRate: rateSchema.nullable(),
    }),
  ),
  overdue: z.array(
    z.object({
      benefitCode: z.string(),
      title: z.string(),
      unit: unitRefSchema,
      board: z.string(),
      dueDate: z.string(),
    }),
  ),
  /** For the forms: the needs and units a benefit may name. */
  needs: z.array(z.object({ code: z.string(), title: z.string() })),
  units: z.array(unitRefSchema.extend({ board: z.string() })),
});
export type BenefitRegister = z.infer<typeof benefitRegisterSchema>;

export const recordMeasurementOutputSchema = z.object({
  realisation: rateSchema.nullable(),
});
