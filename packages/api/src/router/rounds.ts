import type { TRPCRouterRecord } from '@trpc/server';
import {
  calendarDaySchema,
  closeRoundInputSchema,
  openRoundInputSchema,
  reportStateSchema,
  roundCodeSchema,
  roundSummarySchema,
} from '@lagesbild/domain';
import { closeRound, listRounds, loadRoundProgress, openRound } from '@lagesbild/db/repositories';
import { z } from 'zod';
import { actorOf } from '../actor';
import { protectedProcedure } from '../trpc';

const unitProgressSchema = z.object({
  unitSlug: z.string(),
  unitName: z.string(),
  state: reportStateSchema,
  answered: z.number().int(),
  total: z.number().int(),
  late: z.boolean(),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  version: z.number().int().nullable(),
});

/** Assessment rounds: ITD opens and closes them and follows each unit's progress. */
export const roundsRouter = {
  list: protectedProcedure
    .output(z.array(roundSummarySchema))
    .query(({ ctx }) => listRounds(ctx.db, ctx.organisationSlug)),

  open: protectedProcedure
    .input(openRoundInputSchema)
    .output(roundSummarySchema)
    .mutation(({ ctx, input }) => openRound(ctx.db, actorOf(ctx), input)),

  close: protectedProcedure
    .input(closeRoundInputSchema)
    .output(roundSummarySchema)
    .mutation(({ ctx, input }) =>
      closeRound(ctx.db, actorOf(ctx), {
        code: input.code,
        expectedVersion: input.version,
        at: ctx.now(),
      }),
    ),

  progress: protectedProcedure
    .input(z.strictObject({ round: roundCodeSchema }))
    .output(
      z.object({
        round: roundSummarySchema,
        /** The day lateness is judged on. */
        asOf: calendarDaySchema,
        units: z.array(unitProgressSchema),
      }),
    )
    .query(async ({ ctx, input }) => {
      const asOf = await ctx.calendarDay();
      const progress = await loadRoundProgress(
        ctx.db,
        ctx.organisationSlug,
        input.round,
        asOf.today,
      );
      return { ...progress, asOf };
    }),
} satisfies TRPCRouterRecord;
