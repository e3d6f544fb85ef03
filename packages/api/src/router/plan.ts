import type { TRPCRouterRecord } from '@trpc/server';
import {
  createPlanEditionInputSchema,
  planEditionSchema,
  planEditionSummarySchema,
  planYearSchema,
  publishPlanEditionInputSchema,
  saveStrengthNoteInputSchema,
  savePlanNarrativeInputSchema,
  strengthNoteSchema,
} from '@lagesbild/domain';
import {
  createPlanEdition,
  listStrengthNotes,
  publishPlanEdition,
  savePlanNarrative,
  saveStrengthNote,
} from '@lagesbild/db/repositories';
import { z } from 'zod';
import { actorOf } from '../actor';
import { protectedProcedure } from '../trpc';
import {
  computePlanContent,
  listPlanEditionSummaries,
  readPlanEdition,
  readPlanMoment,
} from './plan-views';

/** The yearly plan: editions (draft → published, frozen), ITD's narrative, strengths and weaknesses. */
export const planRouter = {
  editions: protectedProcedure
    .output(z.array(planEditionSummarySchema))
    .query(({ ctx }) => listPlanEditionSummaries(ctx.db, ctx.organisationSlug)),

  edition: protectedProcedure
    .input(z.strictObject({ year: planYearSchema }))
    .output(planEditionSchema)
    .query(async ({ ctx, input }) =>
      readPlanEdition(ctx.db, ctx.organisationSlug, input.year, await readPlanMoment(ctx)),
    ),

  /** ITD: a draft for a year that has no edition yet. */
  create: protectedProcedure
    .input(createPlanEditionInputSchema)
    .output(planEditionSummarySchema)
    .mutation(({ ctx, input }) => createPlanEdition(ctx.db, actorOf(ctx), { year: input.year })),

  /** ITD: the narrative of one chapter of a draft, against the version read. */
  saveNarrative: protectedProcedure
    .input(savePlanNarrativeInputSchema)
    .output(z.object({ version: z.number().int() }))
    .mutation(({ ctx, input }) =>
      savePlanNarrative(ctx.db, actorOf(ctx), {
        year: input.year,
        chapter: input.chapter,
        text: input.text,
        expectedVersion: input.version,
      }),
    ),

  /** ITD: freezes the draft's content as computed now; the edition can no longer change. */
  publish: protectedProcedure
    .input(publishPlanEditionInputSchema)
    .output(planEditionSummarySchema)
    .mutation(async ({ ctx, input }) => {
      const moment = await readPlanMoment(ctx);
      return publishPlanEdition(
        ctx.db,
        { ...actorOf(ctx), at: moment.now },
        {
          year: input.year,
          expectedVersion: input.version,
          buildContent: () => computePlanContent(ctx.db, ctx.organisationSlug, input.year, moment),
        },
      );
    }),

  strengthNotes: protectedProcedure
    .output(z.array(strengthNoteSchema))
    .query(({ ctx }) => listStrengthNotes(ctx.db, ctx.organisationSlug)),

  /** ITD: creates (code null, version 0) or changes a valued strength or weakness. */
  saveStrengthNote: protectedProcedure
    .input(saveStrengthNoteInputSchema)
    .output(z.object({ code: z.string(), version: z.number().int() }))
    .mutation(({ ctx, input }) =>
      saveStrengthNote(ctx.db, actorOf(ctx), {
        code: input.code,
        expectedVersion: input.version,
        fields: input.fields,
      }),
    ),
} satisfies TRPCRouterRecord;
