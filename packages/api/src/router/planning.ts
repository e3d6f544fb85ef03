import type { TRPCRouterRecord } from '@trpc/server';
import {
  capacityBalanceViewSchema,
  decideNeedInputSchema,
  defaultHorizon,
  InvalidError,
  needRegisterSchema,
  planningQuerySchema,
  proposeNeedInputSchema,
  saveBudgetFrameInputSchema,
  saveNeedInputSchema,
  saveScenarioInputSchema,
  scenarioComparisonSchema,
  slugSchema,
  type CalendarDay,
  type NeedRegisterView,
  withholdProposals,
} from '@lagesbild/domain';
import type { Database } from '@lagesbild/db/client';
import {
  decideNeed,
  listNeeds,
  loadBudgetFrame,
  loadPlanningInputs,
  saveBudgetFrame,
  saveNeed,
  saveScenario,
} from '@lagesbild/db/repositories';
import { z } from 'zod';
import { actorOf, unitOf } from '../actor';
import { protectedProcedure } from '../trpc';
import { compareScenarios, computeBalance } from './planning-views';

const versionOutput = z.object({ version: z.number().int() });

/** The needs register with what its form offers: the units and the active capabilities. */
export async function readNeedRegister(
  db: Database,
  organisationSlug: string,
  asOf: CalendarDay,
): Promise<NeedRegisterView> {
  const [needs, inputs] = await Promise.all([
    listNeeds(db, organisationSlug),
    loadPlanningInputs(db, organisationSlug),
  ]);
  return {
    asOf,
    needs,
    withheldProposals: 0,
    units: inputs.units,
    capabilities: inputs.capabilities.map(({ code, name, areaName }) => ({
      code,
      name,
      areaName,
    })),
  };
}

/** Q2: investment needs, scenarios, the budget frame and capacity against demand. */
export const planningRouter = {
  needs: protectedProcedure.output(needRegisterSchema).query(async ({ ctx }) => {
    const register = await readNeedRegister(ctx.db, ctx.organisationSlug, await ctx.calendarDay());
    return ctx.user.role === 'viewer' ? withholdProposals(register) : register;
  }),

  saveNeed: protectedProcedure
    .input(saveNeedInputSchema)
    .output(z.object({ code: z.string(), version: z.number().int() }))
    .mutation(({ ctx, input }) =>
      saveNeed(ctx.db, actorOf(ctx), {
        code: input.code,
        expectedVersion: input.version,
        fields: input.fields,
      }),
    ),

  /** A unit proposes a need for itself only; ITD decides. */
  proposeNeed: protectedProcedure
    .input(proposeNeedInputSchema)
    .output(z.object({ code: z.string(), version: z.number().int() }))
    .mutation(({ ctx, input }) => {
      const unit = unitOf(ctx.user);
      checkProposal(input.fields, unit);
      return saveNeed(ctx.db, actorOf(ctx), {
        code: null,
        expectedVersion: 0,
        fields: input.fields,
        proposedByUnit: unit,
      });
    }),

  decideNeed: protectedProcedure
    .input(decideNeedInputSchema)
    .output(versionOutput)
    .mutation(({ ctx, input }) =>
      decideNeed(ctx.db, actorOf(ctx), {
        code: input.code,
        expectedVersion: input.version,
        decision: input.decision,
        reason: input.reason,
      }),
    ),

  scenarios: protectedProcedure
    .input(planningQuerySchema)
    .output(scenarioComparisonSchema)
    .query(async ({ ctx, input }) => {
      const asOf = await ctx.calendarDay();
      return compareScenarios(
        ctx.db,
        ctx.organisationSlug,
        input.horizon ?? defaultHorizon(asOf.today),
        asOf,
      );
    }),

  saveScenario: protectedProcedure
    .input(saveScenarioInputSchema)
    .output(versionOutput)
    .mutation(({ ctx, input }) =>
      saveScenario(ctx.db, actorOf(ctx), {
        expectedVersion: input.version,
        scenario: input.scenario,
      }),
    ),

  saveFrame: protectedProcedure
    .input(saveBudgetFrameInputSchema)
    .output(z.array(z.object({ year: z.number().int(), tkr: z.number().int() })))
    .mutation(({ ctx, input }) => saveBudgetFrame(ctx.db, actorOf(ctx), input)),

  frame: protectedProcedure
    .output(z.array(z.object({ year: z.number().int(), tkr: z.number().int() })))
    .query(({ ctx }) => loadBudgetFrame(ctx.db, ctx.organisationSlug)),

  capacityBalance: protectedProcedure
    .input(planningQuerySchema.extend({ scenario: slugSchema.nullable().optional() }))
    .output(capacityBalanceViewSchema)
    .query(async ({ ctx, input }) => {
      const asOf = await ctx.calendarDay();
      return computeBalance(ctx.db, ctx.organisationSlug, {
        horizon: input.horizon ?? defaultHorizon(asOf.today),
        scenarioCode: input.scenario ?? null,
        asOf,
      });
    }),
} satisfies TRPCRouterRecord;

/** A unit's proposal is for itself and starts as a proposal; anything else is refused at its field. */
function checkProposal(fields: { ownerUnits: string[]; status: string }, unit: string) {
  if (fields.ownerUnits.length !== 1 || fields.ownerUnits[0] !== unit) {
    throw new InvalidError('fields.ownerUnits', 'ownUnitOnly');
  }
  if (fields.status !== 'proposed') throw new InvalidError('fields.status', 'proposedOnly');
}
