import type { TRPCRouterRecord } from '@trpc/server';
import {
  buildCapabilityView,
  buildOverview,
  buildUnitView,
  capabilityViewSchema,
  NotFoundError,
  overviewSchema,
  ratingBasisSchema,
  resolveRound,
  roundCodeSchema,
  slugSchema,
  unitViewSchema,
  type MaturityData,
  type Overview,
  type RatingBasis,
} from '@lagesbild/domain';
import type { Database } from '@lagesbild/db/client';
import {
  loadAssessmentFacts,
  loadCapabilityDetail,
  loadMaturityData,
  loadMaturityFrame,
  loadUnitAreaHistograms,
} from '@lagesbild/db/repositories';
import { z } from 'zod';
import { protectedProcedure } from '../trpc';

const roundFilter = { round: roundCodeSchema.optional() };

function pickRound(data: Pick<MaturityData, 'rounds'>, code: string | undefined) {
  const resolved = resolveRound(data.rounds, code);
  if (!resolved) throw new NotFoundError('round', code ?? 'latest');
  return resolved;
}

/** The overview of a round (the latest closed one when none is named) against the round before it. */
export async function readOverview(
  db: Database,
  organisationSlug: string,
  roundCode?: string,
  basis?: RatingBasis,
): Promise<Overview> {
  const frame = await loadMaturityFrame(db, organisationSlug);
  const { round, previous } = pickRound(frame.data, roundCode);
  // Trends and heatmap span every round: they read the rollups. Only the spreads and validation
  // gaps need assessments, of this round and the one before.
  const [facts, histograms] = await Promise.all([
    loadAssessmentFacts(db, frame, previous ? [round.code, previous.code] : [round.code]),
    loadUnitAreaHistograms(db, frame),
  ]);
  return buildOverview({ ...frame.data, facts }, round, previous, basis, histograms);
}

/** Q1: status and movement of capability maturity. */
export const maturityRouter = {
  overview: protectedProcedure
    .input(z.strictObject({ ...roundFilter, basis: ratingBasisSchema.optional() }))
    .output(overviewSchema)
    .query(({ ctx, input }) =>
      readOverview(ctx.db, ctx.organisationSlug, input.round, input.basis),
    ),

  capability: protectedProcedure
    .input(z.strictObject({ code: slugSchema, ...roundFilter }))
    .output(capabilityViewSchema)
    .query(async ({ ctx, input }) => {
      const data = await loadMaturityData(ctx.db, ctx.organisationSlug, { includeRetired: true });
      const { round, previous } = pickRound(data, input.round);
      const detail = await loadCapabilityDetail(
        ctx.db,
        ctx.organisationSlug,
        input.code,
        round.code,
      );
      return buildCapabilityView(data, detail, round, previous);
    }),

  unit: protectedProcedure
    .input(z.strictObject({ slug: slugSchema, ...roundFilter }))
    .output(unitViewSchema)
    .query(async ({ ctx, input }) => {
      const data = await loadMaturityData(ctx.db, ctx.organisationSlug);
      const unit = data.units.find((u) => u.slug === input.slug);
      if (!unit) throw new NotFoundError('unit', input.slug);
      const { round, previous } = pickRound(data, input.round);
      return buildUnitView(data, unit, round, previous);
    }),
} satisfies TRPCRouterRecord;
