import type { TRPCRouterRecord } from '@trpc/server';
import {
  decideReportInputSchema,
  reportFormSchema,
  reportStateSchema,
  returnReportInputSchema,
  reviewKeySchema,
  saveValidationInputSchema,
} from '@lagesbild/domain';
import {
  acceptSelfRatings,
  approveReport,
  loadReportForm,
  returnReport,
  saveValidation,
} from '@lagesbild/db/repositories';
import { z } from 'zod';
import { actorOf } from '../actor';
import { protectedProcedure } from '../trpc';

const decisionSchema = z.object({ state: reportStateSchema, version: z.number().int() });

/** ITD validates what the units submitted, approves it or returns it with a message. */
export const reviewRouter = {
  form: protectedProcedure
    .input(reviewKeySchema)
    .output(reportFormSchema)
    .query(({ ctx, input }) =>
      loadReportForm(ctx.db, ctx.organisationSlug, input.round, input.unit),
    ),

  save: protectedProcedure
    .input(saveValidationInputSchema)
    .output(z.object({ version: z.number().int() }))
    .mutation(({ ctx, input: { round, unit, version, ...change } }) =>
      saveValidation(ctx.db, actorOf(ctx), {
        ...change,
        roundCode: round,
        unitSlug: unit,
        expectedVersion: version,
      }),
    ),

  acceptSelfRatings: protectedProcedure
    .input(decideReportInputSchema)
    .output(z.object({ accepted: z.number().int() }))
    .mutation(({ ctx, input }) =>
      acceptSelfRatings(ctx.db, actorOf(ctx), {
        roundCode: input.round,
        unitSlug: input.unit,
        expectedVersion: input.version,
      }),
    ),

  approve: protectedProcedure
    .input(decideReportInputSchema)
    .output(decisionSchema)
    .mutation(({ ctx, input }) =>
      approveReport(ctx.db, actorOf(ctx), {
        roundCode: input.round,
        unitSlug: input.unit,
        expectedVersion: input.version,
        at: ctx.now(),
      }),
    ),

  return: protectedProcedure
    .input(returnReportInputSchema)
    .output(decisionSchema)
    .mutation(({ ctx, input }) =>
      returnReport(ctx.db, actorOf(ctx), {
        roundCode: input.round,
        unitSlug: input.unit,
        expectedVersion: input.version,
        message: input.message,
        at: ctx.now(),
      }),
    ),
} satisfies TRPCRouterRecord;
