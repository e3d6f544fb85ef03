import type { TRPCRouterRecord } from '@trpc/server';
import {
  currentFrameworkViewSchema,
  frameworkFileSchema,
  frameworkImportInputSchema,
  frameworkImportPlanSchema,
  frameworkPreviewSchema,
  InvalidDocumentError,
} from '@lagesbild/domain';
import {
  importFramework,
  loadCurrentFramework,
  previewFrameworkImport,
} from '@lagesbild/db/repositories';
import { actorOf } from '../actor';
import { readFrameworkFile } from '../exports/framework-files';
import { protectedProcedure } from '../trpc';

/** The capability framework as data: ITD reads, previews and imports versions of it. */
export const frameworkRouter = {
  current: protectedProcedure
    .output(currentFrameworkViewSchema)
    .query(({ ctx }) => loadCurrentFramework(ctx.db, ctx.organisationSlug)),

  // A mutation only because the file travels in the body; it changes nothing.
  preview: protectedProcedure
    .input(frameworkFileSchema)
    .output(frameworkPreviewSchema)
    .mutation(async ({ ctx, input }) => {
      const read = readFrameworkFile(input);
      if (!read.document) return { plan: null, errors: read.issues };
      const plan = await previewFrameworkImport(ctx.db, ctx.organisationSlug, read.document);
      return { plan, errors: plan.errors };
    }),

  import: protectedProcedure
    .input(frameworkImportInputSchema)
    .output(frameworkImportPlanSchema)
    .mutation(({ ctx, input: { expectedVersion, ...file } }) => {
      const read = readFrameworkFile(file);
      if (!read.document) throw new InvalidDocumentError(read.issues);
      return importFramework(ctx.db, actorOf(ctx), { document: read.document, expectedVersion });
    }),
} satisfies TRPCRouterRecord;
