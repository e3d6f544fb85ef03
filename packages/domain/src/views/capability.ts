import { z } from 'zod';
import { computeGapToTarget, computeMovement } from '../maturity/movement';
import { computeCapabilitySpread, groupBy } from '../maturity/rollup';
import { pickRating, type RatingBasis } from '../maturity/rating';
import {
  assessmentFieldsSchema,
  historyEntrySchema,
  type AssessmentFields,
  type HistoryEntry,
} from '../models/assessment';
import {
  capabilitySchema,
  levelDescriptorSchema,
  type Capability,
  type LevelDescriptor,
} from '../models/framework';
import type { Round } from '../models/round';
import {
  buildContext,
  capabilitySpreadSchema,
  viewContextSchema,
  type MaturityData,
} from './common';

const unitRatingSchema = assessmentFieldsSchema.safeExtend({
  unitSlug: z.string(),
  rating: z.number().nullable(),
  previousRating: z.number().nullable(),
  movement: z.number().nullable(),
  gap: z.number().nullable(),
});

export const capabilityViewSchema = viewContextSchema.extend({
  capability: capabilitySchema,
  levels: z.array(levelDescriptorSchema),
  spreadByRound: z.array(capabilitySpreadSchema.extend({ roundCode: z.string() })),
  unitRatings: z.array(unitRatingSchema),
  history: z.array(historyEntrySchema),
});
export type CapabilityView = z.infer<typeof capabilityViewSchema>;

export interface CapabilityDetail {
  capability: Capability;
  levels: LevelDescriptor[];
  /** This capability's assessments in the chosen round, by unit. */
  assessments: (AssessmentFields & { unitSlug: string })[];
  /** Newest first. */
  history: HistoryEntry[];
}

/** One capability: its spread in every round, each unit's rating in one round, and what changed. */
export function buildCapabilityView(
  data: MaturityData,
  detail: CapabilityDetail,
  round: Round,
  previous: Round | null,
  basis: RatingBasis = 'effective',
): CapabilityView {
  const code = detail.capability.code;
  const facts = data.facts.filter((f) => f.capabilityCode === code);
  const byRound = groupBy(facts, (f) => f.roundCode);
  const previousFacts = new Map(
    (previous ? (byRound.get(previous.code) ?? []) : []).map((f) => [f.unitSlug, f]),
  );
  const unitOrder = new Map(data.units.map((u, i) => [u.slug, i]));

  const unitRatings = detail.assessments
    .map((a) => {
      const rating = pickRating(a, basis);
      const before = previousFacts.get(a.unitSlug);
      const previousRating = before ? pickRating(before, basis) : null;
      return {
        ...a,
        rating,
        previousRating,
        movement: computeMovement(rating, previousRating),
        gap: a.notApplicable ? null : computeGapToTarget(rating, a.targetLevel),
      };
    })
    .sort((a, b) => (unitOrder.get(a.unitSlug) ?? 0) - (unitOrder.get(b.unitSlug) ?? 0));

  return {
    ...buildContext(data, round, previous),
    capability: detail.capability,
    levels: detail.levels,
    spreadByRound: data.rounds.map((r) => ({
      roundCode: r.code,
      ...computeCapabilitySpread(byRound.get(r.code) ?? [], basis),
    })),
    unitRatings,
    history: detail.history,
  };
}
