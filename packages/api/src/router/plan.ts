import type { TRPCRouterRecord } from '@trpc/server';
import {
  createPlanEditionInputSchema,
  NotFoundError,
  planEditionSchema,
  planEditionSummarySchema,
  planYearSchema,
  publishPlanEditionInputSchema,
  saveStrengthNoteInputSchema,
  savePlanNarrativeInputSchema,
  strengthNoteSchema,
} from '@lagesbild/domain';
import { z } from 'zod';
import { protectedProcedure } from '../trpc';
import { listPlanEditionSummaries, readPlanEdition } from './plan-views';

const notYet = () => {
  throw new NotFoundError('planProcedure', 'notYetWritten');
};

/** The yearly plan: editions (draft → published, frozen), ITD's narrative, strengths and weaknesses. */
export const planRouter = {
  editions: protectedProcedure
    .output(z.array(planEditionSummarySchema))
    .query(({ ctx }) => listPlanEditionSummaries(ctx.db, ctx.organisationSlug)),

  edition: protectedProcedure
    .input(z.strictObject({ year: planYearSchema }))
    .output(planEditionSchema)
    .query(({ ctx, input }) =>
      readPlanEdition(ctx.db, ctx.organisationSlug, input.year, ctx.now()),
    ),

  /** ITD: a draft for a year that has no edition yet. */
  create: protectedProcedure
    .input(createPlanEditionInputSchema)
    .output(planEditionSummarySchema)
    .mutation(notYet),

  /** ITD: the narrative of one chapter of a draft, against the version read. */
  saveNarrative: protectedProcedure
    .input(savePlanNarrativeInputSchema)
    .output(z.object({ version: z.number().int() }))
    .mutation(notYet),

  /** ITD: freezes the draft's content as computed now; the edition can no longer change. */
  publish: protectedProcedure
    .input(publishPlanEditionInputSchema)
    .output(planEditionSummarySchema)
    .mutation(notYet),

  strengthNotes: protectedProcedure.output(z.array(strengthNoteSchema)).query(() => []),

  /** ITD: creates (code null, version 0) or changes a valued strength or weakness. */
  saveStrengthNote: protectedProcedure
    .input(saveStrengthNoteInputSchema)
    .output(z.object({ code: z.string(), version: z.number().int() }))
    .mutation(notYet),
} satisfies TRPCRouterRecord;
