import { describe, expect, it } from 'vitest';
import { rankRequirementGaps } from './base-requirement-gap';
import {
  computeAvailableFte,
  computeCapacityBalance,
  listShortfalls,
  spreadOverYears,
} from './capacity-balance';

const horizon = { from: 2026, to: 2027 };

describe('computeCapacityBalance', () => {
  const supply = spreadOverYears(
    [
      { area: 'ai-och-data', fte: 2 },
      { area: 'test', fte: 1.5 },
    ],
    horizon,
  );
  const unitDemand = [
    { area: 'ai-och-data' as const, year: 2026, fte: 1 },
    { area: 'ai-och-data' as const, year: 2027, fte: 2.5 },
    { area: 'test' as const, year: 2027, fte: 0.1 },
    { area: 'test' as const, year: 2027, fte: 0.2 },
  ];
  const investment = [{ area: 'test' as const, year: 2027, fte: 1.2 }];
  const cells = computeCapacityBalance({ supply, unitDemand, investment }, horizon);
  const cell = (area: string, year: number) =>
    cells.find((c) => c.area === area && c.year === year)!;

  it('sets supply against the units’ demand and the investments’ need, per area and year', () => {
    expect(cell('ai-och-data', 2026)).toMatchObject({
      supplyFte: 2,
      balanceFte: 1,
      shortfallFte: 0,
    });
    expect(cell('ai-och-data', 2027)).toMatchObject({ balanceFte: -0.5, shortfallFte: 0.5 });
    // 1.5 − 0.1 − 0.2 − 1.2 is exactly zero, not a rounding error's shortfall.
    expect(cell('test', 2027)).toMatchObject({ balanceFte: 0, shortfallFte: 0 });
    expect(cell('it-juridik', 2026)).toMatchObject({ supplyFte: 0, balanceFte: 0 });
    expect(cells).toHaveLength(16);
  });

  it('names the shortfalls, largest first', () => {
    expect(listShortfalls(cells).map((c) => [c.area, c.year, c.shortfallFte])).toEqual([
      ['ai-och-data', 2027, 0.5],
    ]);
  });

  it('leaves what is free for investments, never below zero', () => {
    const free = computeAvailableFte(supply, unitDemand, horizon);
    expect(free.find((f) => f.area === 'ai-och-data' && f.year === 2027)?.fte).toBe(0);
    expect(free.find((f) => f.area === 'test' && f.year === 2027)?.fte).toBe(1.2);
  });
});

describe('rankRequirementGaps', () => {
  it('ranks capabilities by the levels missing, then by how many units fall short', () => {
    const ranked = rankRequirementGaps([
      { unitSlug: 'a', capabilityCode: 'ai-styrning', requiredLevel: 4, validatedLevel: 2 },
      { unitSlug: 'b', capabilityCode: 'ai-styrning', requiredLevel: 3, validatedLevel: 3 },
      { unitSlug: 'a', capabilityCode: 'testmiljoer', requiredLevel: 3, validatedLevel: 2 },
      { unitSlug: 'b', capabilityCode: 'testmiljoer', requiredLevel: 3, validatedLevel: 2 },
      { unitSlug: 'c', capabilityCode: 'testmiljoer', requiredLevel: 3, validatedLevel: null },
      { unitSlug: 'a', capabilityCode: 'backup', requiredLevel: 2, validatedLevel: 4 },
    ]);
    expect(ranked).toEqual([
      {
        capabilityCode: 'testmiljoer',
        unitsBelow: ['a', 'b'],
        totalGap: 2,
        maxGap: 1,
        unitsUnknown: ['c'],
      },
      {
        capabilityCode: 'ai-styrning',
        unitsBelow: ['a'],
        totalGap: 2,
        maxGap: 2,
        unitsUnknown: [],
      },
    ]);
  });
});
