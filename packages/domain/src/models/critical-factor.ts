import { z } from 'zod';
import { slugSchema } from './organisation';
import { saveRecordInputSchema } from './record-save';
import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from './limits';

/** A success factor to secure or a risk to reduce (Q5). */
export const FACTOR_KINDS = ['success', 'risk'] as const;
export const factorKindSchema = z.enum(FACTOR_KINDS);
export type FactorKind = z.infer<typeof factorKindSchema>;

export const FACTOR_STATUSES = ['open', 'mitigating', 'closed'] as const;
export const factorStatusSchema = z.enum(FACTOR_STATUSES);
export type FactorStatus = z.infer<typeof factorStatusSchema>;

const oneToFive = z.number().int().min(1).max(5);

export const criticalFactorFieldsSchema = z.strictObject({
  title: z.string().trim().min(1).max(TITLE_MAX_LENGTH),
  kind: factorKindSchema,
  /** 1 unlikely … 5 almost certain. */
  likelihood: oneToFive,
  /** 1 small … 5 severe. */
  impact: oneToFive,
  owner: z.string().trim().min(1).max(TITLE_MAX_LENGTH),
  mitigation: z.string().trim().max(TEXT_MAX_LENGTH),
  status: factorStatusSchema,
  capabilityCodes: z.array(slugSchema).max(50),
  needCodes: z.array(slugSchema).max(50),
});
export type CriticalFactorFields = z.infer<typeof criticalFactorFieldsSchema>;

/** ITD creates (code null, version 0) or changes a factor against the version read. */
export const saveCriticalFactorInputSchema = saveRecordInputSchema(criticalFactorFieldsSchema);
export type SaveCriticalFactorInput = z.infer<typeof saveCriticalFactorInputSchema>;
