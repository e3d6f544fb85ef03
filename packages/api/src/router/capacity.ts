import type { TRPCRouterRecord } from '@trpc/server';
import {
  capacityFormSchema,
  reviewKeySchema,
  roundCodeSchema,
  saveCapacityInputSchema,
} from '@lagesbild/domain';
import { loadCapacityForm, saveCapacity } from '@lagesbild/db/repositories';
import { z } from 'zod';
import { actorOf, unitOf } from '../actor';
import { protectedProcedure } from '../trpc';

/** A unit's capacity: its people, planning capacity, demand on ITD and base requirements. */
export const capacityRouter = {
  form: protectedProcedure
    .input(z.strictObject({ round: roundCodeSchema }))
    .output(capacityFormSchema)
    .query(({ ctx, input }) =>
      loadCapacityForm(ctx.db, ctx.organisationSlug, input.round, unitOf(ctx.user)),
    ),

  save: protectedProcedure
    .input(saveCapacityInputSchema)
    .output(z.object({ version: z.number().int() }))
    .mutation(({ ctx, input }) =>
      saveCapacity(ctx.db, actorOf(ctx), {
        roundCode: input.round,
        unitSlug: unitOf(ctx.user),
        expectedVersion: input.version,
        report: input.report,
      }),
    ),

  /** ITD reads any unit's capacity report. */
  unitForm: protectedProcedure
    .input(reviewKeySchema)
    .output(capacityFormSchema)
    .query(({ ctx, input }) =>
      loadCapacityForm(ctx.db, ctx.organisationSlug, input.round, input.unit),
    ),
} satisfies TRPCRouterRecord;
