import {
  criticalFactorFieldsSchema,
  slugSchema,
  type CriticalFactorFields,
} from '@lagesbild/domain';
import { z } from 'zod';
import factorRows from './content/critical-factors.json';
import { parseDemoRows } from './demo-rows';

export interface DemoFactor extends Omit<CriticalFactorFields, 'likelihood' | 'impact'> {
  code: string;
  /** [likelihood, impact] per demo round, 2024-K4 … 2026-K4, oldest first; the last is the factor as it stands. */
  scores: [number, number][];
}

const { likelihood, impact } = criticalFactorFieldsSchema.shape;
const demoFactorSchema = criticalFactorFieldsSchema
  .omit({ likelihood: true, impact: true })
  .extend({
    code: slugSchema,
    scores: z.array(z.tuple([likelihood, impact])).min(1),
  });

/**
 * Twelve factors for carrying out the 2026 plan (fictional), one story with the needs register and
 * the reservation: IT law is the rising risk (the AI platform and cloud assessments lean on it),
 * testing falls as the test centre starts, the budget frame stays critical. For a success factor
 * the likelihood is that it falls short. Scores run 2024-K4 … 2026-K4.
 */
export const DEMO_FACTORS: DemoFactor[] = parseDemoRows(
  'critical factor',
  demoFactorSchema,
  factorRows,
);
