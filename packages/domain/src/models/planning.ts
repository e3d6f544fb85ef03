import { z } from 'zod';
import {
  budgetFrameSchema,
  needFieldsSchema,
  needShape,
  planningHorizonSchema,
  scenarioSchema,
} from './investment';
import { slugSchema } from './organisation';
import { readVersionSchema, saveRecordInputSchema } from './record-save';

/** A need as the register shows it: the need, its version and who changed it last. */
export const needRecordSchema = z.object({
  code: z.string(),
  ...needShape,
  version: z.number().int(),
  /** ITD's reason for declining a unit's proposal. */
  decisionReason: z.string().nullable(),
  /** The unit that proposed it; null when ITD entered it. */
  proposedByUnit: z.string().nullable(),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: z.string(),
});
export type NeedRecord = z.infer<typeof needRecordSchema>;

/** ITD creates (code null, version 0) or changes a need against the version it read. */
export const saveNeedInputSchema = saveRecordInputSchema(needFieldsSchema);
export type SaveNeedInput = z.infer<typeof saveNeedInputSchema>;

/** A unit proposes a need for itself; ITD then accepts or declines it. */
export const proposeNeedInputSchema = z.strictObject({ fields: needFieldsSchema });

export const decideNeedInputSchema = z
  .strictObject({
    code: slugSchema,
    version: readVersionSchema,
    decision: z.enum(['accepted', 'declined']),
    reason: z.string().trim().max(1000).nullable(),
  })
  .refine((d) => d.decision === 'accepted' || (d.reason !== null && d.reason.length > 0), {
    path: ['reason'],
    message: 'reasonRequired',
  });
export type DecideNeedInput = z.infer<typeof decideNeedInputSchema>;

export const saveScenarioInputSchema = z.strictObject({
  version: readVersionSchema,
  scenario: scenarioSchema,
});

export const planningQuerySchema = z.strictObject({ horizon: planningHorizonSchema.optional() });

/** The frame is one small table: `expected` is what the page read, so a change since is a conflict. */
export const saveBudgetFrameInputSchema = z.strictObject({
  expected: budgetFrameSchema,
  frame: budgetFrameSchema,
});
