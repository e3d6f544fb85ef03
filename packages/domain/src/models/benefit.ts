import { z } from 'zod';
import { slugSchema } from './organisation';
import { isoDateSchema } from './round';

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

export const measurementSchema = z.strictObject({
  date: isoDateSchema,
  value: z.number().finite(),
});
export type Measurement = z.infer<typeof measurementSchema>;

export const benefitFieldsSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    needCode: slugSchema,
    unitSlug: slugSchema,
    category: benefitCategorySchema,
    /** What is measured and in what, e.g. "handläggningstid (dagar)". */
    metric: z.string().trim().min(1).max(200),
    baseline: z.number().finite(),
    target: z.number().finite(),
    targetDate: isoDateSchema,
    phase: benefitPhaseSchema,
    /** How often it is followed up, in months. */
    followUpMonths: z.number().int().min(1).max(36),
  })
  .refine((b) => b.target !== b.baseline, { path: ['target'], message: 'targetEqualsBaseline' });
export type BenefitFields = z.infer<typeof benefitFieldsSchema>;
