import type { TRPCRouterRecord } from '@trpc/server';
import {
  aiCompetenceSchema,
  aiRegisterSchema,
  reachRuleViewSchema,
  saveAiUseCaseInputSchema,
  saveReachRuleInputSchema,
  withholdProposedLinks,
} from '@lagesbild/domain';
import { saveAiUseCase, saveReachRule } from '@lagesbild/db/repositories';
import { z } from 'zod';
import { actorOf, unitOf } from '../actor';
import { protectedProcedure } from '../trpc';
import { buildAiCompetence, buildAiRegister } from './ai-views';

/** Q3: AI use cases, the within-reach rule and the city's AI and testing competence. */
export const aiRouter = {
  register: protectedProcedure.output(aiRegisterSchema).query(async ({ ctx }) => {
    const register = await buildAiRegister(ctx.db, ctx.organisationSlug);
    return ctx.user.role === 'viewer' ? withholdProposedLinks(register) : register;
  }),

  competence: protectedProcedure
    .output(aiCompetenceSchema)
    .query(async ({ ctx }) =>
      buildAiCompetence(ctx.db, ctx.organisationSlug, await ctx.calendarDay()),
    ),

  /** ITD for any unit; a reporter creates and changes its own unit's use cases only. */
  saveUseCase: protectedProcedure
    .input(saveAiUseCaseInputSchema)
    .output(z.object({ code: z.string(), version: z.number().int() }))
    .mutation(({ ctx, input }) =>
      saveAiUseCase(ctx.db, actorOf(ctx), {
        code: input.code,
        expectedVersion: input.version,
        fields: input.fields,
        ...(ctx.user.role === 'reporter' ? { ownUnit: unitOf(ctx.user) } : {}),
      }),
    ),

  saveReachRule: protectedProcedure
    .input(saveReachRuleInputSchema)
    .output(reachRuleViewSchema)
    .mutation(({ ctx, input }) =>
      saveReachRule(ctx.db, actorOf(ctx), { expectedVersion: input.version, rule: input.rule }),
    ),
} satisfies TRPCRouterRecord;
