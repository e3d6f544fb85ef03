import { z } from 'zod';
import { aiCompetenceSchema, aiRegisterSchema } from '../views/ai';
import { benefitRegisterSchema } from '../views/benefits';
import { factorRegisterSchema } from '../views/factors';
import { overviewSchema } from '../views/overview';
import {
  capacityBalanceViewSchema,
  needRegisterSchema,
  scenarioComparisonSchema,
} from '../views/planning';
import type { CoverageResult } from './coverage';
import { planBasisSchema } from './plan-basis';
import type { PlanComparables } from './plan-content';
import type { PlanFacts } from './plan-facts';
import { strengthNoteSchema } from './strength-notes';

/**
 * Everything a plan edition is written from: the views the dashboard's own pages show, read at one moment.
 * The api gathers them; the chapters below turn them into figures, tables and sentences.
 */
export const planSourcesSchema = z.object({
  organisationName: z.string(),
  year: z.number().int(),
  /** Today's date in the city (ISO 8601): the day registers without rounds or dates are read on. */
  today: z.string(),
  /** The closed round the edition stands on, and the day it closed (see `planBasisSchema`). */
  basis: planBasisSchema,
  /** Maturity in the latest closed round against the one before; null before any round has closed. */
  overview: overviewSchema.nullable(),
  strengthNotes: z.array(strengthNoteSchema),
  /** Supply and demand per competence area and year, with the units' base requirements. */
  capacityBalance: capacityBalanceViewSchema,
  needs: needRegisterSchema,
  scenarios: scenarioComparisonSchema,
  aiRegister: aiRegisterSchema,
  aiCompetence: aiCompetenceSchema,
  benefits: benefitRegisterSchema,
  factors: factorRegisterSchema,
});
export type PlanSources = z.infer<typeof planSourcesSchema>;

export interface PreviousEdition {
  year: number;
  comparables: PlanComparables;
}

/** What every chapter is built from. */
export interface PlanContext {
  sources: PlanSources;
  facts: PlanFacts;
  coverage: CoverageResult[];
  previous: PreviousEdition | null;
}
