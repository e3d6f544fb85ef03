import { describe, expect, it } from 'vitest';
import {
  computeRatingGap,
  filterReviewItems,
  groupByArea,
  isDeviation,
  isUnvalidated,
} from './review-items';

function item(
  capabilityCode: string,
  selfRating: number | null,
  validatedRating: number | null,
  notApplicable = false,
  areaCode = 'a',
) {
  return {
    capabilityCode,
    selfRating,
    validatedRating,
    notApplicable,
    areaCode,
    areaName: areaCode.toUpperCase(),
  };
}

const items = [
  item('same', 3, 3),
  item('lower', 4, 3),
  item('higher', 2, 3, false, 'b'),
  item('open', 3, null, false, 'b'),
  item('na', null, null, true),
];

describe('isDeviation and isUnvalidated', () => {
  it('a different validated rating is a deviation; an equal one is not', () => {
    expect(items.filter(isDeviation).map((i) => i.capabilityCode)).toEqual(['lower', 'higher']);
  });

  it('a not applicable capability never waits for validation', () => {
    expect(items.filter(isUnvalidated).map((i) => i.capabilityCode)).toEqual(['open']);
  });
});

describe('filterReviewItems', () => {
  it.each([
    [undefined, ['same', 'lower', 'higher', 'open', 'na']],
    ['avvikelser', ['lower', 'higher']],
    ['ovaliderade', ['open']],
  ] as const)('filter %s shows %j', (filter, codes) => {
    expect(filterReviewItems(items, filter).map((i) => i.capabilityCode)).toEqual(codes);
  });

  it('keeps a card the user just saved even when it no longer matches', () => {
    const shown = filterReviewItems(items, 'ovaliderade', new Set(['same']));
    expect(shown.map((i) => i.capabilityCode)).toEqual(['same', 'open']);
  });
});

describe('groupByArea', () => {
  it('groups in the order the areas first appear, items in form order', () => {
    expect(
      groupByArea(items).map((g) => [g.areaName, g.items.map((i) => i.capabilityCode)]),
    ).toEqual([
      ['A', ['same', 'lower', 'na']],
      ['B', ['higher', 'open']],
    ]);
  });
});

describe('computeRatingGap', () => {
  it('averages self minus validated over the capabilities both have rated', () => {
    // (3-3) + (4-3) + (2-3) = 0 over three compared.
    expect(computeRatingGap(items)).toEqual({
      compared: 3,
      meanDifference: 0,
      deviations: 2,
      unvalidated: 1,
    });
  });

  it('is positive when the unit rates itself higher than ITD, rounded to a tenth', () => {
    const gap = computeRatingGap([item('x', 4, 3), item('y', 3, 3), item('z', 4, 4)]);
    expect(gap.meanDifference).toBe(0.3);
    expect(gap.deviations).toBe(1);
  });

  it('has no mean before anything is validated', () => {
    expect(computeRatingGap([item('x', 4, null)])).toEqual({
      compared: 0,
      meanDifference: null,
      deviations: 0,
      unvalidated: 1,
    });
  });
});
