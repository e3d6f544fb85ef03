import { z } from 'zod';
import { assessmentShapeSchema, evidenceSchema } from './assessment';
import { slugSchema } from './organisation';
import { isoDateSchema, roundCodeSchema } from './round';

/** A unit's report for a round, once started. */
export const submissionStatusSchema = z.enum(['draft', 'submitted', 'validated', 'returned']);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

/** What the progress overview shows for a unit: a submission's status, or not started. */
export const reportStateSchema = z.enum(['notStarted', ...submissionStatusSchema.options]);
export type ReportState = z.infer<typeof reportStateSchema>;

const textSchema = z.string().trim().max(4000);

/** What a unit reports about one capability; ITD's validated rating is not the unit's to set. */
export const selfReportFieldsSchema = z
  .strictObject({
    ...assessmentShapeSchema.omit({ validatedRating: true, validationComment: true }).shape,
    evidence: z.strictObject(evidenceSchema.shape),
    comment: textSchema.nullable(),
  })
  .superRefine((f, ctx) => {
    if (f.notApplicable && f.selfRating !== null) {
      ctx.addIssue({ code: 'custom', path: ['selfRating'], message: 'notApplicableWithRating' });
    }
    if (!f.notApplicable && f.selfRating === null) {
      ctx.addIssue({ code: 'custom', path: ['selfRating'], message: 'ratingRequired' });
    }
  });
export type SelfReportFields = z.infer<typeof selfReportFieldsSchema>;

const versionSchema = z.number().int().positive();
const capabilityCodeSchema = slugSchema;

export const saveSelfReportInputSchema = z.strictObject({
  round: roundCodeSchema,
  capabilityCode: capabilityCodeSchema,
  version: versionSchema,
  fields: selfReportFieldsSchema,
});

export const confirmUnchangedInputSchema = z.strictObject({
  round: roundCodeSchema,
  items: z
    .array(z.strictObject({ capabilityCode: capabilityCodeSchema, version: versionSchema }))
    .min(1)
    .max(1000),
});

/** `version` is the submission's, as the form read it. */
export const submitReportInputSchema = z.strictObject({
  round: roundCodeSchema,
  version: versionSchema,
});

export const openRoundInputSchema = z
  .strictObject({
    code: roundCodeSchema,
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    deadline: isoDateSchema,
  })
  .superRefine((r, ctx) => {
    if (r.endsOn < r.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'endsBeforeStart' });
    }
    if (r.deadline < r.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'deadlineBeforeStart' });
    }
  });
export type OpenRoundInput = z.infer<typeof openRoundInputSchema>;

export const closeRoundInputSchema = z.strictObject({
  code: roundCodeSchema,
  version: versionSchema,
});

export const reviewKeySchema = z.strictObject({ round: roundCodeSchema, unit: slugSchema });

export const saveValidationInputSchema = z.strictObject({
  round: roundCodeSchema,
  unit: slugSchema,
  capabilityCode: capabilityCodeSchema,
  version: versionSchema,
  ...assessmentShapeSchema.pick({ validatedRating: true }).shape,
  validationComment: textSchema.nullable(),
  /** Required once the round is closed: why a frozen snapshot changes. */
  reason: z.string().trim().min(1).max(1000).optional(),
});
export type SaveValidationInput = z.infer<typeof saveValidationInputSchema>;

export const decideReportInputSchema = z.strictObject({
  round: roundCodeSchema,
  unit: slugSchema,
  version: versionSchema,
});

export const returnReportInputSchema = decideReportInputSchema.extend({
  message: z.string().trim().min(1).max(2000),
});
