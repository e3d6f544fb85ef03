import type { TRPCRouterRecord } from '@trpc/server';
import {
  buildBenefitRegister,
  benefitRegisterSchema,
  computeRealisation,
  recordMeasurementInputSchema,
  recordMeasurementOutputSchema,
  saveBenefitActionInputSchema,
  saveBenefitInputSchema,
} from '@lagesbild/domain';
import {
  listBenefits,
  recordMeasurement,
  saveBenefit,
  saveBenefitAction,
} from '@lagesbild/db/repositories';
import { z } from 'zod';
import { actorOf, unitOf } from '../actor';
import { protectedProcedure } from '../trpc';

/** Q4: benefits of investments, their measurements, realisation and the actions of servicenämnden and KS. */
export const benefitsRouter = {
  register: protectedProcedure.output(benefitRegisterSchema).query(async ({ ctx }) => {
    const stored = await listBenefits(ctx.db, ctx.organisationSlug);
    return buildBenefitRegister(stored, await ctx.calendarDay());
  }),

  save: protectedProcedure
    .input(saveBenefitInputSchema)
    .output(z.object({ code: z.string(), version: z.number().int() }))
    .mutation(({ ctx, input }) =>
      saveBenefit(ctx.db, actorOf(ctx), {
        code: input.code,
        expectedVersion: input.version,
        fields: input.fields,
      }),
    ),

  /** ITD for any benefit; a reporter for its own unit's benefits only. */
  recordMeasurement: protectedProcedure
    .input(recordMeasurementInputSchema)
    .output(recordMeasurementOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const benefit = await recordMeasurement(ctx.db, actorOf(ctx), {
        ...input,
        today: (await ctx.calendarDay()).today,
        reporterUnit: ctx.user.role === 'reporter' ? unitOf(ctx.user) : null,
      });
      return { realisation: computeRealisation(benefit) };
    }),

  saveAction: protectedProcedure
    .input(saveBenefitActionInputSchema)
    .output(z.object({ id: z.number().int(), version: z.number().int() }))
    .mutation(({ ctx, input }) =>
      saveBenefitAction(ctx.db, actorOf(ctx), {
        id: input.id,
        expectedVersion: input.version,
        fields: input.fields,
      }),
    ),
} satisfies TRPCRouterRecord;
