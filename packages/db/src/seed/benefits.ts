import {
  benefitActionFieldsSchema,
  benefitFieldsSchema,
  isoDateSchema,
  slugSchema,
  type BenefitActionFields,
  type BenefitFields,
} from '@lagesbild/domain';
import { z } from 'zod';
import actionRows from './content/benefit-actions.json';
import benefitRows from './content/benefits.json';
import { parseDemoRows } from './demo-rows';

export interface DemoBenefit extends BenefitFields {
  code: string;
  /** [day, value, note], oldest first. */
  measurements: [string, number, string][];
}

const demoBenefitSchema = benefitFieldsSchema.safeExtend({
  code: slugSchema,
  measurements: z.array(z.tuple([isoDateSchema, z.number(), z.string()])),
});

/**
 * Sixteen benefits of the needs register (fictional figures) as of late November 2026: ongoing
 * investments realised or partly, planned ones not yet measured, four follow-ups overdue (LIS,
 * livscykelplaner, lokalbokning, AI-utbildning). Targets lie both above and below their baselines.
 */
export const DEMO_BENEFITS: DemoBenefit[] = parseDemoRows(
  'benefit',
  demoBenefitSchema,
  benefitRows,
);

/** What KS and servicenämnden have undertaken to bring the benefits home. */
export const DEMO_ACTIONS: BenefitActionFields[] = parseDemoRows(
  'benefit action',
  benefitActionFieldsSchema,
  actionRows,
);
