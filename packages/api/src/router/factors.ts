import type { TRPCRouterRecord } from '@trpc/server';
import { factorRegisterSchema, saveCriticalFactorInputSchema } from '@lagesbild/domain';
import { saveCriticalFactor } from '@lagesbild/db/repositories';
import { z } from 'zod';
import { actorOf } from '../actor';
import { protectedProcedure } from '../trpc';
import { readFactorRegister } from './factors-views';

/** Q5: critical factors (success factors and risks) with their score per round. */
export const factorsRouter = {
  register: protectedProcedure
    .output(factorRegisterSchema)
    .query(({ ctx }) => readFactorRegister(ctx.db, ctx.organisationSlug, ctx.user.role)),

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
