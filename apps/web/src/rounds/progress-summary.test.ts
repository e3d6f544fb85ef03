import { describe, expect, it } from 'vitest';
import {
  filterProgress,
  findDefaultRound,
  suggestNextRoundCode,
  summarizeProgress,
} from './progress-summary';
import type { RoundSummary, UnitProgress } from './types';

function unit(unitSlug: string, state: UnitProgress['state'], late = false): UnitProgress {
  return {
    unitSlug,
    unitName: unitSlug,
    state,
    answered: 0,
    total: 10,
    late,
    submittedAt: null,
    version: null,
  };
}

function round(code: string, status: RoundSummary['status']): RoundSummary {
  return { code, startsOn: '2026-01-01', endsOn: '2026-03-31', deadline: null, status, version: 1 };
}

const units = [
  unit('itd', 'validated'),
  unit('a', 'submitted'),
  unit('b', 'submitted'),
  unit('c', 'returned', true),
  unit('d', 'draft', true),
  unit('e', 'notStarted'),
];

describe('summarizeProgress', () => {
  it('counts validated reports as handed in, and late units apart from their state', () => {
    expect(summarizeProgress(units)).toEqual({
      total: 6,
      submitted: 3,
      validated: 1,
      returned: 1,
      late: 2,
    });
  });

  it('says nothing is in for a round without units', () => {
    expect(summarizeProgress([])).toEqual({
      total: 0,
      submitted: 0,
      validated: 0,
      returned: 0,
      late: 0,
    });
  });
});

describe('filterProgress', () => {
  it.each([
    ['submitted', ['a', 'b']],
    ['notStarted', ['e']],
    [undefined, ['itd', 'a', 'b', 'c', 'd', 'e']],
  ] as const)('state %s shows %j', (state, slugs) => {
    expect(filterProgress(units, state).map((u) => u.unitSlug)).toEqual(slugs);
  });
});

describe('findDefaultRound', () => {
  it('prefers the open round over a newer closed one', () => {
    expect(findDefaultRound([round('2027-K1', 'closed'), round('2026-K4', 'open')])?.code).toBe(
      '2026-K4',
    );
  });

  it('falls back to the newest when none is open', () => {
    expect(findDefaultRound([round('2026-K3', 'closed'), round('2026-K2', 'closed')])?.code).toBe(
      '2026-K3',
    );
  });
});

describe('suggestNextRoundCode', () => {
  it.each([
    ['2026-K4', '2027-K1'],
    ['2026-K2', '2026-K3'],
    ['2026-T3', '2027-T1'],
    ['2026-T1', '2026-T2'],
  ])('after %s comes %s', (newest, next) => {
    expect(suggestNextRoundCode([round(newest, 'closed')])).toBe(next);
  });

  it('suggests nothing before the first round', () => {
    expect(suggestNextRoundCode([])).toBe('');
  });
});
