import { z } from 'zod';
import { levelSchema } from './framework';
import { isoDateSchema } from './round';

export const confidenceSchema = z.enum(['low', 'medium', 'high']);
export type Confidence = z.infer<typeof confidenceSchema>;

export const evidenceSchema = z.object({
  text: z.string().max(4000).nullable(),
  // Only web links: the dashboard renders this as an href, and javascript:/data: URLs would run in it.
  link: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable(),
  owner: z.string().max(200).nullable(),
  date: isoDateSchema.nullable(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** The year a target level is planned for. */
export const TARGET_YEAR = { min: 2020, max: 2100 } as const;
export const targetYearSchema = z.number().int().min(TARGET_YEAR.min).max(TARGET_YEAR.max);

/**
 * An assessment's fields, described once: the self-report, the report form and ITD's views derive
 * theirs from this (`pick`, `omit`, a spread of `shape`), so a field and its limits live in one place.
 */
export const assessmentShapeSchema = z.object({
  selfRating: levelSchema.nullable(),
  validatedRating: levelSchema.nullable(),
  targetLevel: levelSchema.nullable(),
  targetYear: targetYearSchema.nullable(),
  notApplicable: z.boolean(),
  evidence: evidenceSchema,
  confidence: confidenceSchema.nullable(),
  comment: z.string().max(4000).nullable(),
  /** ITD's reason where the validated rating differs from the unit's own. */
  validationComment: z.string().max(4000).nullable(),
});

/** The fields of an assessment that a person edits; every change to them is kept in history. */
export const assessmentFieldsSchema = assessmentShapeSchema.refine(
  (a) => !a.notApplicable || (a.selfRating === null && a.validatedRating === null),
  { message: 'notApplicableWithRating', path: ['notApplicable'] },
);
export type AssessmentFields = z.infer<typeof assessmentFieldsSchema>;

export const assessmentChangeSchema = z.object({
  field: z.string(),
  from: z.unknown(),
  to: z.unknown(),
});
export type AssessmentChange = z.infer<typeof assessmentChangeSchema>;

export const historyEntrySchema = z.object({
  unitSlug: z.string(),
  unitName: z.string(),
  roundCode: z.string(),
  version: z.number().int(),
  changedAt: z.iso.datetime({ offset: true }),
  changedBy: z.string(),
  changes: z.array(assessmentChangeSchema),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
