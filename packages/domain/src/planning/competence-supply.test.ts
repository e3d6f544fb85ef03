import { describe, expect, it } from 'vitest';
import { computeFteSupply, computePlanningCapacity } from './competence-supply';

const facts = [
  { roundCode: '2026-K3', area: 'ai-och-data' as const, fte: 2 },
  { roundCode: '2026-K3', area: 'ai-och-data' as const, fte: 0.1 },
  { roundCode: '2026-K3', area: 'test' as const, fte: 0.2 },
  // The open round's draft: a figure standing on K3 never reads it.
  { roundCode: '2026-K4', area: 'ai-och-data' as const, fte: 1 },
];

describe('FTE supply per competence area', () => {
  it('sums the reports of the round it stands on, to hundredths, in the areas’ order', () => {
    expect(computeFteSupply(facts, '2026-K3')).toEqual([
      { area: 'ai-och-data', fte: 2.1 },
      { area: 'test', fte: 0.2 },
    ]);
    expect(computeFteSupply(facts, '2026-K4')).toEqual([{ area: 'ai-och-data', fte: 1 }]);
  });

  it('a round without reports has no supply', () => {
    expect(computeFteSupply(facts, '2026-K2')).toEqual([]);
  });

  it('planning capacity is the round’s reports’ planning FTE summed', () => {
    const reports = [
      { roundCode: '2026-K3', planningFte: 0.1 },
      { roundCode: '2026-K3', planningFte: 0.2 },
      { roundCode: '2026-K4', planningFte: 5 },
    ];
    expect(computePlanningCapacity(reports, '2026-K3')).toBe(0.3);
  });
});
