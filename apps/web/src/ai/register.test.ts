import { describe, expect, it } from 'vitest';
import { buildReachMatrix, countByUnitAndStatus, filterUseCases } from './register';
import type { AiUseCaseData } from './types';

const makeUseCase = (
  code: string,
  unit: string,
  status: AiUseCaseData['status'],
  value: number,
  meanReadiness: number,
): AiUseCaseData => ({
  code,
  title: code,
  description: '',
  unit: { slug: unit, name: unit === 'skola' ? 'Skola' : 'Bygg' },
  value,
  effort: 3,
  readiness: { data: 3, legal: 3, competence: 3, platform: 3, testing: 3 },
  status,
  dependsOnNeeds: [],
  version: 1,
  updatedAt: '2026-09-15T08:00:00.000Z',
  updatedBy: 'Demodata',
  reach: { withinReach: false, meanReadiness, shortfalls: [] },
});

const all = [
  makeUseCase('a', 'skola', 'idea', 5, 1.4),
  makeUseCase('b', 'skola', 'pilot', 5, 3.5),
  makeUseCase('c', 'bygg', 'idea', 1, 4.6),
];

describe('the use-case register', () => {
  it('filters by unit and status together', () => {
    expect(filterUseCases(all, { unit: 'skola', status: undefined }).map((u) => u.code)).toEqual([
      'a',
      'b',
    ]);
    expect(filterUseCases(all, { unit: 'skola', status: 'idea' }).map((u) => u.code)).toEqual([
      'a',
    ]);
  });

  it('places each use case once in the value × readiness grid, high value on top', () => {
    const grid = buildReachMatrix(all);
    expect(grid).toHaveLength(5);
    expect(grid[0]!.map((c) => c.useCases.map((u) => u.code))).toEqual([['a'], [], [], ['b'], []]);
    expect(grid[4]![4]!.useCases.map((u) => u.code)).toEqual(['c']);
    expect(grid.flat().reduce((s, c) => s + c.useCases.length, 0)).toBe(3);
  });

  it('counts use cases per unit and status', () => {
    expect(countByUnitAndStatus(all)).toEqual([
      { slug: 'bygg', name: 'Bygg', counts: { idea: 1, pilot: 0, production: 0 }, total: 1 },
      { slug: 'skola', name: 'Skola', counts: { idea: 1, pilot: 1, production: 0 }, total: 2 },
    ]);
  });
});
