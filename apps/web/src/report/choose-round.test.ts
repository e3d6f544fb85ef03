import { describe, expect, it } from 'vitest';
import { chooseRound } from './choose-round';
import type { RoundSummary } from './types';

function round(code: string, status: 'open' | 'closed'): RoundSummary {
  return { code, status, startsOn: '', endsOn: '', deadline: null, version: 1 };
}

describe('the round a report page shows', () => {
  it('is the one in the link when there is one', () => {
    expect(chooseRound([round('2026-K4', 'open')], '2026-K3')).toBe('2026-K3');
  });
  it('is the open round, else the newest', () => {
    expect(chooseRound([round('2027-K1', 'closed'), round('2026-K4', 'open')], undefined)).toBe(
      '2026-K4',
    );
    expect(chooseRound([round('2026-K4', 'closed'), round('2026-K3', 'closed')], undefined)).toBe(
      '2026-K4',
    );
  });
  it('is none before the first round', () => {
    expect(chooseRound([], undefined)).toBeNull();
  });
});
