import { z } from 'zod';
import { calendarDaySchema } from '../calendar/calendar';
import { competenceAreaSchema } from '../models/capacity';
import { scenarioSchema } from '../models/investment';
import { needRecordSchema } from '../models/planning';

const fteValue = z.number();
const levelsSchema = z.array(z.object({ year: z.number().int(), level: z.number().nullable() }));

export const scenarioOutcomeSchema = z.object({
  code: z.string(),
  name: z.string(),
  years: z.array(
    z.object({
      year: z.number().int(),
      investmentTkr: z.number().int(),
      operatingTkr: z.number().int(),
      benefitTkr: z.number().int(),
      netTkr: z.number().int(),
      cumulativeNetTkr: z.number().int(),
      frameTkr: z.number().int().nullable(),
      overFrame: z.boolean(),
    }),
  ),
  totals: z.object({
    investmentTkr: z.number().int(),
    operatingTkr: z.number().int(),
    benefitTkr: z.number().int(),
    netTkr: z.number().int(),
  }),
  paybackYear: z.number().int().nullable(),
  staffing: z.array(
    z.object({
      year: z.number().int(),
      demandFte: fteValue,
      planningFte: fteValue.nullable(),
      overPlanning: z.boolean(),
      shortAreas: z.array(
        z.object({ area: competenceAreaSchema, demandFte: fteValue, availableFte: fteValue }),
      ),
      feasible: z.boolean(),
    }),
  ),
  maturity: z.object({
    capabilities: z.array(
      z.object({
        capabilityCode: z.string(),
        areaCode: z.string(),
        /** The level in the basis round, before any need lifts it. */
        today: z.number().nullable(),
        levels: levelsSchema,
      }),
    ),
    areas: z.array(
      z.object({ areaCode: z.string(), today: z.number().nullable(), levels: levelsSchema }),
    ),
  }),
  dependencyIssues: z.array(
    z.object({ needCode: z.string(), dependsOn: z.string(), kind: z.enum(['missing', 'early']) }),
  ),
  tradeOffs: z.array(
    z.object({
      needCode: z.string(),
      title: z.string(),
      reason: z.string().nullable(),
      investmentTkr: z.number().int(),
      operatingTkr: z.number().int(),
      benefitTkr: z.number().int(),
      lift: z.number().int(),
    }),
  ),
  timeline: z.array(
    z.object({
      needCode: z.string(),
      title: z.string(),
      startYear: z.number().int(),
      completionYear: z.number().int(),
    }),
  ),
});
export type ScenarioOutcomeView = z.infer<typeof scenarioOutcomeSchema>;

const nameListSchema = z.array(z.object({ code: z.string(), name: z.string() }));

/** Everything the scenario page shows: each scenario as saved and as computed over the horizon. */
export const scenarioComparisonSchema = z.object({
  horizon: z.object({ from: z.number().int(), to: z.number().int() }),
  /** The day the default horizon started from (its first year is that day's year). */
  asOf: calendarDaySchema,
  frame: z.array(z.object({ year: z.number().int(), tkr: z.number().int() })),
  planningFte: fteValue,
  scenarios: z.array(
    z.object({
      scenario: scenarioSchema,
      version: z.number().int(),
      updatedAt: z.string(),
      updatedBy: z.string(),
      outcome: scenarioOutcomeSchema,
    }),
  ),
  areas: nameListSchema,
  capabilities: z.array(
    z.object({ code: z.string(), name: z.string(), areaCode: z.string(), areaName: z.string() }),
  ),
  baselineRound: z.string().nullable(),
});
export type ScenarioComparisonView = z.infer<typeof scenarioComparisonSchema>;

export const needRegisterSchema = z.object({
  /** The organisation's day: a new need starts the year after it unless the user says otherwise. */
  asOf: calendarDaySchema,
  needs: z.array(needRecordSchema),
  units: z.array(z.object({ slug: z.string(), name: z.string() })),
  capabilities: z.array(z.object({ code: z.string(), name: z.string(), areaName: z.string() })),
  /** Proposals left out of `needs` for this reader (the board): only how many wait for ITD's decision. */
  withheldProposals: z.number().int().min(0),
});
export type NeedRegisterView = z.infer<typeof needRegisterSchema>;

/**
 * The register as the board reads it: a unit's proposal is not a need of the city until ITD has accepted it,
 * so its title and figures stay out and only the number waiting is told.
 */
export function withholdProposals(register: NeedRegisterView): NeedRegisterView {
  const needs = register.needs.filter((n) => n.status !== 'proposed');
  return {
    ...register,
    needs,
    withheldProposals: register.withheldProposals + register.needs.length - needs.length,
  };
}

/** Supply against demand per competence area and year, and where base requirements are not met. */
export const capacityBalanceViewSchema = z.object({
  horizon: z.object({ from: z.number().int(), to: z.number().int() }),
  asOf: calendarDaySchema,
  /** The scenario whose investments count as demand; null for the units' demand only. */
  scenarioCode: z.string().nullable(),
  cells: z.array(
    z.object({
      area: competenceAreaSchema,
      year: z.number().int(),
      supplyFte: fteValue,
      unitDemandFte: fteValue,
      investmentFte: fteValue,
      balanceFte: fteValue,
      shortfallFte: fteValue,
    }),
  ),
  planningFte: fteValue,
  reports: z.array(z.object({ unitSlug: z.string(), roundCode: z.string() })),
  requirementGaps: z.array(
    z.object({
      capabilityCode: z.string(),
      capabilityName: z.string(),
      areaName: z.string(),
      unitsBelow: z.array(z.string()),
      totalGap: z.number().int(),
      maxGap: z.number().int(),
      unitsUnknown: z.array(z.string()),
    }),
  ),
  baselineRound: z.string().nullable(),
  units: z.array(z.object({ slug: z.string(), name: z.string() })),
});
export type CapacityBalanceView = z.infer<typeof capacityBalanceViewSchema>;
