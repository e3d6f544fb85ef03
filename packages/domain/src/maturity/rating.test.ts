import { describe, expect, it } from 'vitest';
import { pickRating, roundTo, type RatedAssessment, type RatingBasis } from './rating';

const both: RatedAssessment = { selfRating: 2, validatedRating: 4, notApplicable: false };
const selfOnly: RatedAssessment = { selfRating: 3, validatedRating: null, notApplicable: false };
const validatedOnly: RatedAssessment = {
  selfRating: null,
  validatedRating: 5,
  notApplicable: false,
};
const unrated: RatedAssessment = { selfRating: null, validatedRating: null, notApplicable: false };
// N/A wins even over ratings that slipped through (old rows, imports).
const notApplicable: RatedAssessment = { selfRating: 2, validatedRating: 4, notApplicable: true };

describe('pickRating', () => {
  it.each<{ name: string; a: RatedAssessment; basis: RatingBasis; rating: number | null }>([
    { name: 'both', a: both, basis: 'self', rating: 2 },
    { name: 'both', a: both, basis: 'validated', rating: 4 },
    { name: 'both', a: both, basis: 'effective', rating: 4 },
    { name: 'self only', a: selfOnly, basis: 'self', rating: 3 },
    { name: 'self only', a: selfOnly, basis: 'validated', rating: null },
    { name: 'self only', a: selfOnly, basis: 'effective', rating: 3 },
    { name: 'validated only', a: validatedOnly, basis: 'self', rating: null },
    { name: 'validated only', a: validatedOnly, basis: 'effective', rating: 5 },
    { name: 'unrated', a: unrated, basis: 'effective', rating: null },
    { name: 'N/A', a: notApplicable, basis: 'self', rating: null },
    { name: 'N/A', a: notApplicable, basis: 'validated', rating: null },
    { name: 'N/A', a: notApplicable, basis: 'effective', rating: null },
  ])('$name on basis $basis reads $rating', ({ a, basis, rating }) => {
    expect(pickRating(a, basis)).toBe(rating);
  });

  it('reads the validated rating by default, falling back to the self-rating', () => {
    expect(pickRating(both)).toBe(4);
    expect(pickRating(selfOnly)).toBe(3);
  });
});

describe('roundTo', () => {
  it.each([
    { value: 4.1 - 3.6, decimals: undefined, out: 0.5 },
    { value: 1 / 3, decimals: undefined, out: 0.33 },
    { value: 2 / 3, decimals: 1, out: 0.7 },
    { value: 3.14159, decimals: 0, out: 3 },
  ])('rounds $value to $out', ({ value, decimals, out }) => {
    expect(roundTo(value, decimals)).toBe(out);
  });
});
