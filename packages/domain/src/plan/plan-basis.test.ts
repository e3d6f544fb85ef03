import { describe, expect, it } from 'vitest';
import type { BenefitRegisterData } from '../views/benefit-register';
import type { FactorRegisterData } from '../views/factors';
import { buildPlanContent } from './build-plan-content';
import { readBenefitsAtBasis, readFactorsAtBasis, type PlanBasis } from './plan-basis';
import { PLAN_CHAPTER_KEYS } from './plan-content';
import { FULL_PLAN_FACTS } from './test-facts';
import { makeEmptyPlanSources, makePlanSources } from './test-sources';
import { formatPlanText } from './texts';

const K3: PlanBasis = { roundCode: '2026-K3', closedOn: '2026-09-30' };

const factor = (
  code: string,
  now: [number, number],
  history: [string, number, number][],
): FactorRegisterData['factors'][number] => ({
  code,
  title: code,
  kind: 'risk',
  likelihood: now[0],
  impact: now[1],
  owner: 'ITD',
  mitigation: '',
  status: 'open',
  capabilities: [],
  needs: [],
  history: history.map(([roundCode, likelihood, impact]) => ({ roundCode, likelihood, impact })),
  version: 1,
  updatedAt: '2026-11-02T10:00:00Z',
  updatedBy: 'ITD',
});

const register: FactorRegisterData = {
  factors: [
    factor(
      'risen-in-k4',
      [5, 5],
      [
        ['2026-K2', 3, 3],
        ['2026-K3', 3, 4],
        ['2026-K4', 5, 5],
      ],
    ),
    factor('new-in-k4', [2, 2], [['2026-K4', 2, 2]]),
    factor('unscored', [1, 3], []),
  ],
  rounds: [
    { code: '2026-K2', status: 'closed' },
    { code: '2026-K3', status: 'closed' },
    { code: '2026-K4', status: 'open' },
  ],
  currentRound: '2026-K4',
  capabilities: [],
  needs: [],
};

describe('readFactorsAtBasis', () => {
  it('scores each factor as in the basis round and leaves later rounds out', () => {
    const read = readFactorsAtBasis(register, K3);
    expect(read.factors.map((f) => [f.code, f.likelihood, f.impact])).toEqual([
      ['risen-in-k4', 3, 4],
      ['unscored', 1, 3],
    ]);
    expect(read.factors[0]!.history.map((h) => h.roundCode)).toEqual(['2026-K2', '2026-K3']);
    expect(read.rounds.map((r) => r.code)).toEqual(['2026-K2', '2026-K3']);
    expect(read.currentRound).toBe('2026-K3');
  });

  it('without a closed round keeps only factors never scored in a round', () => {
    expect(readFactorsAtBasis(register, null).factors.map((f) => f.code)).toEqual(['unscored']);
  });
});

describe('readBenefitsAtBasis', () => {
  const data = {
    benefits: [
      {
        code: 'klassning',
        measurements: [
          { date: '2026-06-30', value: 40 },
          { date: '2026-09-30', value: 60 },
          { date: '2026-10-15', value: 92 },
        ],
      },
    ],
    actions: [],
    needs: [],
    units: [],
  } as unknown as BenefitRegisterData;
  const today = { today: '2026-11-30', fixed: true };

  it('keeps measurements dated up to the close and judges on that day', () => {
    const read = readBenefitsAtBasis(data, K3, today);
    expect(read.data.benefits[0]!.measurements.map((m) => m.value)).toEqual([40, 60]);
    expect(read.asOf).toEqual({ today: '2026-09-30', fixed: true });
  });

  it('without a closed round reads the register as it stands today', () => {
    expect(readBenefitsAtBasis(data, null, today)).toEqual({ data, asOf: today });
  });
});

describe('the basis in every chapter', () => {
  const build = (sources = makePlanSources()) =>
    buildPlanContent({ sources, facts: FULL_PLAN_FACTS, previous: null, generatedAt: '' });

  it('opens each chapter with the round it stands on and records it in the content', () => {
    const content = build();
    expect(content.roundCode).toBe('2026-T1');
    expect(content.basisClosedOn).toBe('2026-04-30');
    expect(content.chapters.map((c) => c.statements[0]!.key)).toEqual(
      PLAN_CHAPTER_KEYS.map((key) => `basis.${key}`),
    );
    const [benefits] = content.chapters.filter((c) => c.key === 'benefits');
    const first = benefits!.statements[0]!;
    expect(formatPlanText('sv', first.key, first.values)).toBe(
      'Mätvärden till och med 2026-04-30, då bedömningsomgång 2026-T1 stängdes. Uppföljningarna bedöms per samma dag.',
    );
  });

  it('says so when no round has closed', () => {
    const content = build(makeEmptyPlanSources());
    expect(content.basisClosedOn).toBeNull();
    const first = content.chapters[0]!.statements[0]!;
    expect(formatPlanText('en', first.key, first.values)).toBe(
      'No round has closed yet. Registers without rounds are read as they stand on 2026-05-15.',
    );
  });
});
