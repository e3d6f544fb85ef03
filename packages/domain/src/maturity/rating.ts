import { z } from 'zod';

/** Which rating a roll-up reads: the unit's own, ITD's validated one, or validated where it exists. */
export const ratingBasisSchema = z.enum(['self', 'validated', 'effective']);
export type RatingBasis = z.infer<typeof ratingBasisSchema>;

export interface RatedAssessment {
  selfRating: number | null;
  validatedRating: number | null;
  notApplicable: boolean;
}

/** The rating a roll-up counts, or null when the capability is not applicable or not rated. */
export function pickRating(a: RatedAssessment, basis: RatingBasis = 'effective'): number | null {
  if (a.notApplicable) return null;
  if (basis === 'self') return a.selfRating;
  if (basis === 'validated') return a.validatedRating;
  return a.validatedRating ?? a.selfRating;
}

/** Rounds away binary noise (4.1 - 3.6 is 0.49999999999999956) so movements read as people expect. */
export function roundTo(value: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
