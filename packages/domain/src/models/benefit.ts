import { z } from 'zod';
import { slugSchema } from './organisation';
import { readVersionSchema, saveRecordInputSchema } from './record-save';
import { isoDateSchema } from './round';
import { TITLE_MAX_LENGTH } from './limits';

/** DIGG/ESV's benefit categories. */
export const BENEFIT_CATEGORIES = [
  'ekonomisk',
  'tid-resurser',
  'kvalitet',
  'samhallsnytta',
] as const;
export const benefitCategorySchema = z.enum(BENEFIT_CATEGORIES);
export type BenefitCategory = z.infer<typeof benefitCategorySchema>;

/** The phases of nyttorealisering, in order. */
export const BENEFIT_PHASES = [
  'identifiera',
  'specificera',
  'planera',
  'realisera',
  'folja-upp',
] as const;
export const benefitPhaseSchema = z.enum(BENEFIT_PHASES);
export type BenefitPhase = z.infer<typeof benefitPhaseSchema>;

/** Who acts to improve realisation: the plan says what each of them can do (Q4). */
export const ACTION_OWNERS = ['servicenamnden', 'kommunstyrelsen'] as const;
export const actionOwnerSchema = z.enum(ACTION_OWNERS);
export type ActionOwner = z.infer<typeof actionOwnerSchema>;

/**
 * A measured or planned value as the database keeps it (numeric(14,2)): larger values would fail there,
 * and it keeps cents, so two values less than a cent apart may be stored as the same.
 */
export const MEASURE_MAX = 999_999_999_999;
const measureSchema = z.number().min(-MEASURE_MAX).max(MEASURE_MAX);
// A cent, less what floating point loses in a subtraction such as 1.13 - 1.12.
const CENT = 0.01 - 1e-9;

export const measurementSchema = z.strictObject({
  date: isoDateSchema,
  value: measureSchema,
});
export type Measurement = z.infer<typeof measurementSchema>;

export const benefitFieldsSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(TITLE_MAX_LENGTH),
    needCode: slugSchema,
    unitSlug: slugSchema,
    category: benefitCategorySchema,
    /** What is measured and in what, e.g. "handläggningstid (dagar)". */
    metric: z.string().trim().min(1).max(TITLE_MAX_LENGTH),
    baseline: measureSchema,
    target: measureSchema,
    targetDate: isoDateSchema,
    phase: benefitPhaseSchema,
    /** How often it is followed up, in months. */
    followUpMonths: z.number().int().min(1).max(36),
  })
  .refine((b) => Math.abs(b.target - b.baseline) >= CENT, {
    path: ['target'],
    message: 'targetEqualsBaseline',
  });
export type BenefitFields = z.infer<typeof benefitFieldsSchema>;

/** ITD creates (code null, version 0) or changes a benefit against the version read. */
export const saveBenefitInputSchema = saveRecordInputSchema(benefitFieldsSchema);
export type SaveBenefitInput = z.infer<typeof saveBenefitInputSchema>;

/** A measured value; reporters for their own unit's benefits. One per benefit and day. */
export const recordMeasurementInputSchema = z.strictObject({
  benefitCode: slugSchema,
  measurement: measurementSchema,
  note: z.string().trim().max(1000),
});
export type RecordMeasurementInput = z.infer<typeof recordMeasurementInputSchema>;

export const benefitActionFieldsSchema = z.strictObject({
  benefitCode: slugSchema,
  owner: actionOwnerSchema,
  description: z.string().trim().min(1).max(1000),
  dueDate: isoDateSchema,
  done: z.boolean(),
});
export type BenefitActionFields = z.infer<typeof benefitActionFieldsSchema>;

/** ITD records what servicenämnden or KS will do (id null, version 0 creates). */
export const saveBenefitActionInputSchema = z.strictObject({
  id: z.number().int().positive().max(2_147_483_647).nullable(),
  version: readVersionSchema,
  fields: benefitActionFieldsSchema,
});
export type SaveBenefitActionInput = z.infer<typeof saveBenefitActionInputSchema>;
