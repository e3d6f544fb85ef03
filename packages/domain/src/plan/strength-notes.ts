import { z } from 'zod';
import { saveRecordInputSchema } from '../models/record-save';

/**
 * ITD's valuation of the city's strong and weak sides (Q1: "värdering av starka och svaga sidor"): a note on an
 * area or a capability with a weight, so the plan can rank them and say which matter most.
 */
export const STRENGTH_KINDS = ['strength', 'weakness'] as const;
export const strengthKindSchema = z.enum(STRENGTH_KINDS);
export type StrengthKind = z.infer<typeof strengthKindSchema>;

/** 1 låg, 2 medel, 3 hög. */
export const strengthWeightSchema = z.number().int().min(1).max(3);

export const strengthNoteFieldsSchema = z.strictObject({
  kind: strengthKindSchema,
  /** The framework area the note is about; with a capability, the capability's own area. */
  areaCode: z.string().min(1).max(80),
  capabilityCode: z.string().min(1).max(80).nullable(),
  weight: strengthWeightSchema,
  text: z.string().trim().min(1).max(2000),
});
export type StrengthNoteFields = z.infer<typeof strengthNoteFieldsSchema>;

export const strengthNoteSchema = strengthNoteFieldsSchema.extend({
  code: z.string(),
  areaName: z.string(),
  capabilityName: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type StrengthNote = z.infer<typeof strengthNoteSchema>;

export const saveStrengthNoteInputSchema = saveRecordInputSchema(strengthNoteFieldsSchema);
export type SaveStrengthNoteInput = z.infer<typeof saveStrengthNoteInputSchema>;
