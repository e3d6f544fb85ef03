import { z } from 'zod';
import { computeGapToTarget, computeMovement } from '../maturity/movement';
import { computeAreaSpreads, computeUnitAreaScores, groupBy } from '../maturity/rollup';
import { pickRating, type RatingBasis } from '../maturity/rating';
import { pickStrengthsAndWeaknesses, rankAreasAgainstCity } from '../maturity/strengths';
import { unitSchema, type Unit } from '../models/organisation';
import type { Round } from '../models/round';
import { areaIndex, buildContext, viewContextSchema, type MaturityData } from './common';

const standingSchema = z.object({
  areaCode: z.string(),
  score: z.number(),
  cityMedian: z.number(),
  diff: z.number(),
});

export const unitViewSchema = viewContextSchema.extend({
  unit: unitSchema,
  areaProfile: z.array(
    z.object({
      areaCode: z.string(),
      score: z.number().nullable(),
      previousScore: z.number().nullable(),
      movement: z.number().nullable(),
      cityMedian: z.number().nullable(),
      diff: z.number().nullable(),
    }),
  ),
  strongest: z.array(standingSchema),
  weakest: z.array(standingSchema),
  capabilityRatings: z.array(
    z.object({
      capabilityCode: z.string(),
      notApplicable: z.boolean(),
      rating: z.number().nullable(),
      previousRating: z.number().nullable(),
      movement: z.number().nullable(),
      targetLevel: z.number().nullable(),
      targetYear: z.number().nullable(),
      gap: z.number().nullable(),
    }),
  ),
});
export type UnitView = z.infer<typeof unitViewSchema>;

/** One unit: its profile across areas against the city median, what moved, where it is strong and weak. */
export function buildUnitView(
  data: MaturityData,
  unit: Unit,
  round: Round,
  previous: Round | null,
  basis: RatingBasis = 'effective',
): UnitView {
  const areaOf = areaIndex(data.capabilities);
  const areaCodes = data.areas.map((a) => a.code);
  const byRound = groupBy(data.facts, (f) => f.roundCode);
  const nowFacts = byRound.get(round.code) ?? [];
  const prevFacts = previous ? (byRound.get(previous.code) ?? []) : [];
  const cityScores = computeUnitAreaScores(nowFacts, areaOf, basis);
  const cityMedians = new Map(
    [...computeAreaSpreads(cityScores, areaCodes)].map(([a, s]) => [a, s?.median ?? null]),
  );
  const own = cityScores.get(unit.slug) ?? new Map<string, number>();
  const ownBefore =
    computeUnitAreaScores(
      prevFacts.filter((f) => f.unitSlug === unit.slug),
      areaOf,
      basis,
    ).get(unit.slug) ?? new Map<string, number>();
  const ranked = rankAreasAgainstCity(own, cityMedians, areaCodes);
  const diffs = new Map(ranked.map((s) => [s.areaCode, s.diff]));

  const mine = (facts: typeof nowFacts) =>
    new Map(facts.filter((f) => f.unitSlug === unit.slug).map((f) => [f.capabilityCode, f]));
  const nowByCap = mine(nowFacts);
  const prevByCap = mine(prevFacts);

  return {
    ...buildContext(data, round, previous),
    unit,
    areaProfile: areaCodes.map((areaCode) => {
      const score = own.get(areaCode) ?? null;
      const previousScore = ownBefore.get(areaCode) ?? null;
      return {
        areaCode,
        score,
        previousScore,
        movement: computeMovement(score, previousScore),
        cityMedian: cityMedians.get(areaCode) ?? null,
        diff: diffs.get(areaCode) ?? null,
      };
    }),
    ...pickStrengthsAndWeaknesses(ranked),
    capabilityRatings: data.capabilities.map((c) => {
      const f = nowByCap.get(c.code);
      const p = prevByCap.get(c.code);
      const rating = f ? pickRating(f, basis) : null;
      const previousRating = p ? pickRating(p, basis) : null;
      return {
        capabilityCode: c.code,
        notApplicable: f?.notApplicable ?? false,
        rating,
        previousRating,
        movement: computeMovement(rating, previousRating),
        targetLevel: f?.targetLevel ?? null,
        targetYear: f?.targetYear ?? null,
        gap: computeGapToTarget(rating, f?.targetLevel ?? null),
      };
    }),
  };
}
