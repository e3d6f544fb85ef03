import { describe, expect, it } from 'vitest';
import { isPreliminaryRound, mayReadRound, pickBasisRound } from './audience';

const rounds = [
  { code: '2026-K4', status: 'open' as const, startsOn: '2026-10-01' },
  { code: '2026-K2', status: 'closed' as const, startsOn: '2026-04-01' },
  { code: '2026-K3', status: 'closed' as const, startsOn: '2026-07-01' },
];

describe('what each audience reads', () => {
  it.each([
    ['board', 'closed', true],
    ['board', 'open', false],
    ['itd', 'closed', true],
    ['itd', 'open', true],
  ] as const)('%s reads a %s round: %s', (audience, status, reads) => {
    expect(mayReadRound(audience, status)).toBe(reads);
  });

  it('the board stands on the latest closed round, whatever order the rounds come in', () => {
    expect(pickBasisRound(rounds)?.code).toBe('2026-K3');
    expect(pickBasisRound(rounds, 'board')?.code).toBe('2026-K3');
  });

  it('ITD may stand on the open round, which is preliminary', () => {
    const basis = pickBasisRound(rounds, 'itd')!;
    expect(basis.code).toBe('2026-K4');
    expect(isPreliminaryRound(basis.status)).toBe(true);
    expect(isPreliminaryRound(pickBasisRound(rounds)!.status)).toBe(false);
  });

  it('before any round has closed the board has nothing to stand on', () => {
    expect(pickBasisRound(rounds.filter((r) => r.status === 'open'))).toBeNull();
  });
});
