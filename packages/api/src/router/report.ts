import type { TRPCRouterRecord } from '@trpc/server';
import {
  confirmUnchangedInputSchema,
  importApplyInputSchema,
  reportFormSchema,
  reportStateSchema,
  roundCodeSchema,
  saveSelfReportInputSchema,
  submitReportInputSchema,
} from '@lagesbild/domain';
import {
  applyReportImport,
  confirmUnchanged,
  loadReportForm,
  saveSelfReport,
  submitReport,
} from '@lagesbild/db/repositories';
import { z } from 'zod';
import { actorOf, unitOf } from '../actor';
import { protectedProcedure } from '../trpc';

const progressSchema = z.object({ answered: z.number().int(), total: z.number().int() });

/** A unit reports for itself: its form, answers saved as drafts, "unchanged", and submit. */
export const reportRouter = {
  form: protectedProcedure
    .input(z.strictObject({ round: roundCodeSchema }))
    .output(reportFormSchema)
    .query(({ ctx, input }) =>
      loadReportForm(ctx.db, ctx.organisationSlug, input.round, unitOf(ctx.user)),
    ),

  save: protectedProcedure
    .input(saveSelfReportInputSchema)
    .output(z.object({ version: z.number().int(), progress: progressSchema }))
    .mutation(({ ctx, input }) =>
      saveSelfReport(ctx.db, actorOf(ctx), {
        roundCode: input.round,
        unitSlug: unitOf(ctx.user),
        capabilityCode: input.capabilityCode,
        expectedVersion: input.version,
        fields: input.fields,
      }),
    ),

  confirmUnchanged: protectedProcedure
    .input(confirmUnchangedInputSchema)
    .output(
      z.object({
        confirmed: z.array(z.string()),
        skipped: z.array(z.string()),
        progress: progressSchema,
      }),
    )
    .mutation(({ ctx, input }) =>
      confirmUnchanged(ctx.db, actorOf(ctx), {
        roundCode: input.round,
        unitSlug: unitOf(ctx.user),
        items: input.items,
      }),
    ),

  submit: protectedProcedure
    .input(submitReportInputSchema)
    .output(z.object({ state: reportStateSchema, version: z.number().int() }))
    .mutation(({ ctx, input }) =>
      submitReport(ctx.db, actorOf(ctx), {
        roundCode: input.round,
        unitSlug: unitOf(ctx.user),
        expectedVersion: input.version,
        at: ctx.now(),
      }),
    ),

  /** Applies a previewed spreadsheet upload: all of it in one transaction, or nothing. */
  importApply: protectedProcedure
    .input(importApplyInputSchema)
    .output(z.object({ answers: z.number().int(), capacity: z.boolean() }))
    .mutation(({ ctx, input }) =>
      applyReportImport(ctx.db, actorOf(ctx), {
        roundCode: input.round,
        unitSlug: unitOf(ctx.user),
        items: input.items,
        capacity: input.capacity,
        fileName: input.fileName,
      }),
    ),
} satisfies TRPCRouterRecord;
