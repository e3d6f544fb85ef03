import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeAreaSpreads,
  computeCapabilitySpread,
  computeUnitAreaScores,
  type AssessmentFact,
} from './rollup';

function fact(
  unitSlug: string,
  capabilityCode: string,
  over: Partial<AssessmentFact> = {},
): AssessmentFact {
  return {
    roundCode: '2026-T1',
    unitSlug,
    capabilityCode,
    selfRating: null,
    validatedRating: null,
    notApplicable: false,
    targetLevel: null,
    targetYear: null,
    ...over,
  };
}
const na = (unit: string, cap: string, over: Partial<AssessmentFact> = {}) =>
  fact(unit, cap, { notApplicable: true, ...over });

describe('computeCapabilitySpread', () => {
  const facts = [
    fact('u1', 'c1', { selfRating: 2, validatedRating: 3, targetLevel: 4 }),
    fact('u2', 'c1', { selfRating: 3, validatedRating: 4, targetLevel: 4 }),
    na('u3', 'c1', { targetLevel: 1 }),
    fact('u4', 'c1', { selfRating: 1 }),
    fact('u5', 'c1', { selfRating: 5, targetLevel: 3 }),
  ];

  it('reads validated ratings, counts N/A only in notApplicable and ignores N/A targets', () => {
    expect(computeCapabilitySpread(facts)).toEqual({
      spread: { n: 4, min: 1, median: 3.5, max: 5, counts: [1, 0, 1, 1, 1] },
      notApplicable: 1,
      medianTarget: 4,
      belowTarget: 1,
      medianGap: 0,
    });
  });

  it('reads self-ratings on the self basis', () => {
    expect(computeCapabilitySpread(facts, 'self')).toMatchObject({
      spread: { n: 4, min: 1, median: 2.5, max: 5 },
      belowTarget: 2,
      medianGap: 1,
    });
  });

  it.each([
    { name: 'no facts', facts: [], notApplicable: 0 },
    {
      name: 'only N/A',
      facts: [na('u1', 'c1'), na('u2', 'c1', { targetLevel: 3 })],
      notApplicable: 2,
    },
  ])('has no spread with $name', ({ facts, notApplicable }) => {
    expect(computeCapabilitySpread(facts)).toEqual({
      spread: null,
      notApplicable,
      medianTarget: null,
      belowTarget: 0,
      medianGap: null,
    });
  });

  it('takes medians of sorted targets and gaps, whatever order the units come in', () => {
    const unsorted = [
      fact('u1', 'c1', { selfRating: 1, targetLevel: 5 }),
      fact('u2', 'c1', { selfRating: 4, targetLevel: 1 }),
      fact('u3', 'c1', { selfRating: 2, targetLevel: 3 }),
    ];
    expect(computeCapabilitySpread(unsorted)).toMatchObject({
      medianTarget: 3,
      medianGap: 1,
      belowTarget: 2,
    });
  });
});

describe('computeUnitAreaScores', () => {
  const areaOf = new Map([
    ['c1', 'a1'],
    ['c2', 'a1'],
    ['c3', 'a1'],
    ['c4', 'a2'],
  ]);

  it('takes the median of each unit’s ratings per area, skipping N/A, unrated and unknown capabilities', () => {
    const scores = computeUnitAreaScores(
      [
        fact('u1', 'c1', { selfRating: 2 }),
        fact('u1', 'c2', { selfRating: 4 }),
        na('u1', 'c3', { selfRating: 1 }),
        fact('u1', 'c4', { selfRating: 3, validatedRating: 5 }),
        fact('u1', 'c9', { selfRating: 1 }),
        fact('u2', 'c1', { selfRating: 1 }),
        fact('u2', 'c2'),
        fact('u2', 'c3', { selfRating: 3 }),
        na('u2', 'c4'),
        fact('u3', 'c1', { selfRating: 5 }),
        fact('u3', 'c2', { selfRating: 1 }),
        fact('u3', 'c3', { selfRating: 2 }),
        na('u4', 'c1'),
      ],
      areaOf,
    );
    expect(scores).toEqual(
      new Map([
        [
          'u1',
          new Map([
            ['a1', 3],
            ['a2', 5],
          ]),
        ],
        ['u2', new Map([['a1', 2]])],
        ['u3', new Map([['a1', 2]])],
      ]),
    );
  });

  it('reads the basis it is given', () => {
    const scores = computeUnitAreaScores(
      [fact('u1', 'c4', { selfRating: 3, validatedRating: 5 })],
      areaOf,
      'self',
    );
    expect(scores.get('u1')?.get('a2')).toBe(3);
  });
});

describe('computeAreaSpreads', () => {
  it('spreads each area across the units that have a score there', () => {
    const scores = new Map([
      [
        'u1',
        new Map([
          ['a1', 3],
          ['a2', 5],
        ]),
      ],
      ['u2', new Map([['a1', 2]])],
      ['u3', new Map([['a1', 2.5]])],
    ]);
    expect(computeAreaSpreads(scores, ['a1', 'a2', 'a3'])).toEqual(
      new Map([
        ['a1', { n: 3, min: 2, median: 2.5, max: 3, counts: [0, 1, 2, 0, 0] }],
        ['a2', { n: 1, min: 5, median: 5, max: 5, counts: [0, 0, 0, 0, 1] }],
        ['a3', null],
      ]),
    );
  });
});

describe('roll-up properties', () => {
  const areaOf = new Map([
    ['c1', 'a1'],
    ['c2', 'a1'],
    ['c3', 'a2'],
    ['c4', 'a2'],
  ]);
  const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
  const arbFact = (notApplicable: fc.Arbitrary<boolean>) =>
    fc
      .record({
        unit: fc.constantFrom('u1', 'u2', 'u3'),
        cap: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
        selfRating: rating,
        validatedRating: rating,
        targetLevel: rating,
        notApplicable,
      })
      .map(({ unit, cap, ...rest }) => fact(unit, cap, rest));
  const facts = fc.array(arbFact(fc.boolean()), { maxLength: 20 });
  const naFacts = fc.array(arbFact(fc.constant(true)), { minLength: 1, maxLength: 5 });
  const withShuffle = facts.chain((f) =>
    fc.tuple(fc.constant(f), fc.shuffledSubarray(f, { minLength: f.length })),
  );

  it('does not depend on the order of the facts', () => {
    fc.assert(
      fc.property(withShuffle, ([f, shuffled]) => {
        expect(computeCapabilitySpread(shuffled)).toEqual(computeCapabilitySpread(f));
        expect(computeUnitAreaScores(shuffled, areaOf)).toEqual(computeUnitAreaScores(f, areaOf));
      }),
    );
  });

  it('never lets N/A facts change the spread, targets or area scores', () => {
    fc.assert(
      fc.property(facts, naFacts, (f, extra) => {
        const before = computeCapabilitySpread(f);
        expect(computeCapabilitySpread([...f, ...extra])).toEqual({
          ...before,
          notApplicable: before.notApplicable + extra.length,
        });
        expect(computeUnitAreaScores([...extra, ...f], areaOf)).toEqual(
          computeUnitAreaScores(f, areaOf),
        );
      }),
    );
  });
});
