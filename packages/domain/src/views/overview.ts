import { z } from 'zod';
import {
  computeUnitAreaScoresByRound,
  summariseUnitAreas,
  type UnitAreaHistogram,
} from '../maturity/histogram';
import { computeMovement } from '../maturity/movement';
import { computeAreaSpreads, computeCapabilitySpread, groupBy } from '../maturity/rollup';
import { ratingBasisSchema, type RatingBasis } from '../maturity/rating';
import { computeValidationGaps } from '../maturity/validation-gap';
import type { Round } from '../models/round';
import {
  areaIndex,
  buildContext,
  capabilitySpreadSchema,
  spreadSchema,
  viewContextSchema,
  type MaturityData,
} from './common';

export const trendPointSchema = z.object({
  roundCode: z.string(),
  spread: spreadSchema.nullable(),
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

export const overviewSchema = viewContextSchema.extend({
  trends: z.array(z.object({ areaCode: z.string(), points: z.array(trendPointSchema) })),
  heatmap: z.array(
    z.object({
      unitSlug: z.string(),
      areaCode: z.string(),
      score: z.number().nullable(),
      movement: z.number().nullable(),
    }),
  ),
  capabilitySpreads: z.array(
    capabilitySpreadSchema.extend({ capabilityCode: z.string(), movement: z.number().nullable() }),
  ),
  /** Which rating the figures read: the units' own, ITD's validated, or validated where it exists. */
  basis: ratingBasisSchema,
  /** Per unit, how far its self-rating sits from ITD's validation in the round. */
  validationGaps: z.array(
    z.object({
      unitSlug: z.string(),
      compared: z.number().int(),
      differing: z.number().int(),
      meanGap: z.number().nullable(),
      largestGap: z.number().nullable(),
    }),
  ),
});
export type Overview = z.infer<typeof overviewSchema>;

/**
 * The board's overview: each area's spread over every round, and units × areas for one round.
 * Trends and heatmap read the unit × area histograms (the database keeps them as rollups), so
 * `data.facts` need hold only the round and the one before it; without histograms they are
 * summarised from the facts.
 */
export function buildOverview(
  data: MaturityData,
  round: Round,
  previous: Round | null,
  basis: RatingBasis = 'effective',
  histograms: readonly UnitAreaHistogram[] = summariseUnitAreas(
    data.facts,
    areaIndex(data.capabilities),
  ),
): Overview {
  const areaCodes = data.areas.map((a) => a.code);
  const factsByRound = groupBy(data.facts, (f) => f.roundCode);
  const scores = computeUnitAreaScoresByRound(histograms, basis);
  const scoresByRound = new Map(
    data.rounds.map((r) => [r.code, scores.get(r.code) ?? new Map<string, Map<string, number>>()]),
  );
  const spreadsByRound = new Map(
    [...scoresByRound].map(([code, scores]) => [code, computeAreaSpreads(scores, areaCodes)]),
  );

  const current = scoresByRound.get(round.code)!;
  const before = previous ? scoresByRound.get(previous.code) : undefined;
  const heatmap = data.units.flatMap((u) =>
    areaCodes.map((areaCode) => {
      const score = current.get(u.slug)?.get(areaCode) ?? null;
      const was = before?.get(u.slug)?.get(areaCode) ?? null;
      return { unitSlug: u.slug, areaCode, score, movement: computeMovement(score, was) };
    }),
  );

  const byCapability = (roundCode: string | undefined) =>
    groupBy(factsByRound.get(roundCode ?? '') ?? [], (f) => f.capabilityCode);
  const nowByCapability = byCapability(round.code);
  const prevByCapability = byCapability(previous?.code);
  const capabilitySpreads = data.capabilities.map((c) => {
    const now = computeCapabilitySpread(nowByCapability.get(c.code) ?? [], basis);
    const prev = computeCapabilitySpread(prevByCapability.get(c.code) ?? [], basis);
    return {
      capabilityCode: c.code,
      ...now,
      movement: computeMovement(now.spread?.median ?? null, prev.spread?.median ?? null),
    };
  });

  return {
    ...buildContext(data, round, previous),
    trends: areaCodes.map((areaCode) => ({
      areaCode,
      points: data.rounds.map((r) => ({
        roundCode: r.code,
        spread: spreadsByRound.get(r.code)?.get(areaCode) ?? null,
      })),
    })),
    heatmap,
    capabilitySpreads,
    basis,
    validationGaps: computeValidationGaps(factsByRound.get(round.code) ?? []),
  };
}
