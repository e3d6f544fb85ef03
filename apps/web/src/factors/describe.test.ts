import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import {
  buildMatrixRows,
  buildTrendRows,
  filterFactors,
  formatScoreChange,
  listTopFactors,
  summariseFactors,
  summariseMatrix,
  summariseTrend,
} from './describe';
import type { FactorData, FactorRegisterData } from './types';

const t = i18n.getFixedT('sv');

const factor = (
  code: string,
  title: string,
  status: FactorData['status'],
  scores: [number, number][],
  kind: FactorData['kind'] = 'risk',
): FactorData => {
  const [likelihood, impact] = scores.at(-1)!;
  const score = likelihood * impact;
  return {
    code,
    title,
    kind,
    likelihood,
    impact,
    score,
    band: score >= 20 ? 'critical' : score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low',
    owner: 'ITD',
    mitigation: '',
    status,
    capabilities: [],
    needs: [],
    history: scores.map(([l, i], n) => ({
      roundCode: `2026-K${n + 1}`,
      likelihood: l,
      impact: i,
      score: l * i,
    })),
    version: 1,
    updatedAt: '2026-11-01T00:00:00.000Z',
    updatedBy: 'Demodata',
  };
};

const factors = [
  factor('juridik', 'Brist på IT-juridisk kompetens', 'open', [
    [4, 4],
    [4, 5],
  ]),
  factor('test', 'Svag testverksamhet', 'mitigating', [
    [5, 5],
    [4, 5],
  ]),
  factor('drift', 'Beroende av en leverantör', 'open', [
    [3, 4],
    [4, 4],
  ]),
  factor(
    'agarskap',
    'Tydligt ägarskap',
    'open',
    [
      [2, 4],
      [2, 4],
    ],
    'success',
  ),
  factor(
    'klart',
    'Informationsklassning',
    'closed',
    [
      [3, 4],
      [1, 2],
    ],
    'success',
  ),
];

const view: FactorRegisterData = {
  factors,
  matrix: [],
  ranking: [
    { code: 'juridik', current: 20, previous: 16, change: 4 },
    { code: 'test', current: 20, previous: 25, change: -5 },
    { code: 'drift', current: 16, previous: 12, change: 4 },
    { code: 'agarskap', current: 8, previous: 8, change: 0 },
  ],
  rounds: [
    { code: '2026-K1', status: 'closed' },
    { code: '2026-K2', status: 'open' },
  ],
  currentRound: '2026-K2',
  capabilities: [],
  needs: [],
};

describe('the page in sentences', () => {
  it('counts the bands of the factors still watched and names the largest with its change', () => {
    expect(summariseFactors(t, view)).toBe(
      '5 faktorer, varav 2 kritiska och 1 höga. Störst: Brist på IT-juridisk kompetens (20, upp 4 sedan 2026-K1).',
    );
  });

  it('summarises the matrix without the closed factor', () => {
    const rows = buildMatrixRows(factors);
    expect(rows.map((r) => r[0]!.likelihood)).toEqual([5, 4, 3, 2, 1]);
    expect(rows[1]![4]).toMatchObject({
      likelihood: 4,
      impact: 5,
      band: 'critical',
      titles: ['Brist på IT-juridisk kompetens', 'Svag testverksamhet'],
    });
    expect(rows[4]![1]!.titles).toEqual([]);
    expect(summariseMatrix(t, rows)).toBe(
      '2 faktorer ligger i kritiska rutor och 1 i höga. Tätast: sannolikhet 4 och konsekvens 5 med 2 faktorer.',
    );
  });

  it('tells which of the top factors rose over the rounds and which rose most', () => {
    const top = listTopFactors(view, 5);
    expect(top.map((r) => r.factor.code)).toEqual(['juridik', 'test', 'drift', 'agarskap']);
    expect(summariseTrend(t, top)).toBe(
      '2 av de fem har stigit sedan 2026-K1, 1 har sjunkit. Mest ökat: Brist på IT-juridisk kompetens (från 16 till 20).',
    );
    expect(buildTrendRows(top.slice(0, 2), view.rounds)).toEqual([
      { round: '2026-K1', scores: { juridik: 16, test: 25 } },
      { round: '2026-K2', scores: { juridik: 20, test: 20 } },
    ]);
  });
});

describe('formatScoreChange', () => {
  it.each([
    { change: 4, arrow: '↑', value: '+4' },
    { change: -5, arrow: '↓', value: '−5' },
    { change: 0, arrow: '→', value: '±0' },
    { change: null, arrow: '', value: '' },
  ])('$change reads $arrow $value', ({ change, arrow, value }) => {
    expect(formatScoreChange(change)).toEqual({ arrow, value });
  });
});

describe('filterFactors', () => {
  it.each([
    {
      filter: { kind: '', status: '' } as const,
      codes: ['juridik', 'test', 'drift', 'agarskap', 'klart'],
    },
    { filter: { kind: 'success', status: '' } as const, codes: ['agarskap', 'klart'] },
    { filter: { kind: 'risk', status: 'mitigating' } as const, codes: ['test'] },
    { filter: { kind: '', status: 'closed' } as const, codes: ['klart'] },
  ])('$filter shows $codes, highest score first', ({ filter, codes }) => {
    expect(filterFactors(factors, filter).map((f) => f.code)).toEqual(codes);
  });
});
