import { z } from 'zod';
import { assessmentShapeSchema } from '../models/assessment';
import { levelSchema } from '../models/framework';
import { reportStateSchema } from '../models/reporting';
import { roundStatusSchema } from '../models/round';

export const roundSummarySchema = z.object({
  code: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  deadline: z.string().nullable(),
  status: roundStatusSchema,
  version: z.number().int(),
});
export type RoundSummaryView = z.infer<typeof roundSummarySchema>;

const previousSchema = assessmentShapeSchema.pick({
  selfRating: true,
  validatedRating: true,
  notApplicable: true,
});

/** One capability of a unit's form: what the unit says, what ITD says, and last round beside it. */
export const reportItemSchema = z.object({
  capabilityCode: z.string(),
  capabilityName: z.string(),
  description: z.string(),
  areaCode: z.string(),
  areaName: z.string(),
  levels: z.array(z.object({ level: levelSchema, name: z.string(), descriptor: z.string() })),
  version: z.number().int(),
  confirmed: z.boolean(),
  ...assessmentShapeSchema.shape,
  previous: previousSchema.nullable(),
});
export type ReportItem = z.infer<typeof reportItemSchema>;

export const reportFormSchema = z.object({
  round: roundSummarySchema,
  previousRoundCode: z.string().nullable(),
  unit: z.object({ slug: z.string(), name: z.string() }),
  submission: z.object({
    state: reportStateSchema,
    /** Sent back with submit, approve and return; null before the unit has saved anything. */
    version: z.number().int().nullable(),
    submittedAt: z.iso.datetime({ offset: true }).nullable(),
    submittedBy: z.string().nullable(),
    returnMessage: z.string().nullable(),
  }),
  /** Whether the unit may change its answers now (round open, not with ITD). */
  editable: z.boolean(),
  progress: z.object({ answered: z.number().int(), total: z.number().int() }),
  /** Whether the unit has saved its capacity for the round: submitting needs it, as it needs every answer. */
  capacitySaved: z.boolean(),
  items: z.array(reportItemSchema),
});
export type ReportForm = z.infer<typeof reportFormSchema>;
