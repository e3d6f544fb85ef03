import { describe, expect, it } from 'vitest';
import { buildFactorRegister, type FactorRegisterData } from './factors';

const factor = (
  code: string,
  status: 'open' | 'mitigating' | 'closed',
  history: [number, number][],
): FactorRegisterData['factors'][number] => ({
  code,
  title: code,
  kind: 'risk',
  likelihood: history.at(-1)?.[0] ?? 3,
  impact: history.at(-1)?.[1] ?? 3,
  owner: 'ITD',
  mitigation: '',
  status,
  capabilities: [],
  needs: [],
  history: history.map(([likelihood, impact], i) => ({
    roundCode: `2026-K${i + 1}`,
    likelihood,
    impact,
  })),
  version: 1,
  updatedAt: '2026-11-01T00:00:00.000Z',
  updatedBy: 'Demodata',
});

const data = (factors: FactorRegisterData['factors']): FactorRegisterData => ({
  factors,
  rounds: [],
  currentRound: '2026-K2',
  capabilities: [],
  needs: [],
});

describe('buildFactorRegister', () => {
  it('scores every factor and its history, and leaves closed factors out of the matrix and ranking', () => {
    const view = buildFactorRegister(
      data([
        factor('rising', 'open', [
          [3, 4],
          [4, 5],
        ]),
        factor('done', 'closed', [
          [5, 5],
          [1, 1],
        ]),
        factor('falling', 'mitigating', [
          [5, 5],
          [4, 4],
        ]),
      ]),
    );
    expect(view.factors.map((f) => [f.code, f.score, f.band])).toEqual([
      ['rising', 20, 'critical'],
      ['done', 1, 'low'],
      ['falling', 16, 'high'],
    ]);
    expect(view.factors[0]!.history.map((h) => h.score)).toEqual([12, 20]);
    expect(view.ranking).toEqual([
      { code: 'rising', current: 20, previous: 12, change: 8 },
      { code: 'falling', current: 16, previous: 25, change: -9 },
    ]);
    expect(view.matrix[3]![4]).toBe(1);
    expect(view.matrix[3]![3]).toBe(1);
    expect(view.matrix[0]![0]).toBe(0);
  });

  it('ranks a factor never scored in a round by its score as it stands', () => {
    const view = buildFactorRegister(data([factor('new', 'open', [])]));
    expect(view.ranking).toEqual([{ code: 'new', current: 9, previous: null, change: null }]);
  });
});
