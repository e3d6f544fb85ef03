import type { TRPCRouterRecord } from '@trpc/server';
import {
  buildFactorRegister,
  factorRegisterSchema,
  saveCriticalFactorInputSchema,
} from '@lagesbild/domain';
import { listCriticalFactors, saveCriticalFactor } from '@lagesbild/db/repositories';
import { z } from 'zod';
import { actorOf } from '../actor';
import { protectedProcedure } from '../trpc';

/** Q5: critical factors (success factors and risks) with their score per round. */
export const factorsRouter = {
  register: protectedProcedure
    .output(factorRegisterSchema)
    .query(async ({ ctx }) =>
      buildFactorRegister(await listCriticalFactors(ctx.db, ctx.organisationSlug)),
    ),

  /** ITD only (see ACCESS): creates or changes a factor and records its score in the current round. */
  save: protectedProcedure
    .input(saveCriticalFactorInputSchema)
    .output(z.object({ code: z.string(), version: z.number().int() }))
    .mutation(({ ctx, input }) =>
      saveCriticalFactor(ctx.db, actorOf(ctx), {
        code: input.code,
        expectedVersion: input.version,
        fields: input.fields,
      }),
    ),
} satisfies TRPCRouterRecord;
