import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import {
  describeCompetence,
  describeReachSummary,
  describeRule,
  describeShortfall,
} from './describe';
import type { AiCompetenceData, AiUseCaseData } from './types';

const t = i18n.getFixedT('sv');

const unit = (slug: string, isItd: boolean, testMissing: boolean) => ({
  slug,
  name: slug,
  isItd,
  roundCode: '2026-K3',
  previousRoundCode: '2026-K2',
  areas: [
    {
      area: 'ai-och-data' as const,
      fte: 1,
      level: 3,
      fteChange: 0,
      levelChange: 0,
      missing: false,
    },
    { area: 'test' as const, fte: 0, level: 1, fteChange: 0, levelChange: 0, missing: testMissing },
  ],
});

describe('the sentences of the AI page', () => {
  it('writes the rule and each reason in words', () => {
    expect(describeRule(t, { minEach: 2, minMean: 3, maxEffort: 3 })).toBe(
      'Inom räckhåll: varje beredskap minst 2, medel minst 3, insats högst 3',
    );
    expect(describeRule(t, { minEach: 2, minMean: 2.5, maxEffort: 4 })).toContain(
      'medel minst 2,5',
    );
    expect(
      describeShortfall(t, { kind: 'dimension', dimension: 'legal', value: 1, required: 2 }),
    ).toBe('juridik 1 < 2');
    expect(describeShortfall(t, { kind: 'effort', value: 4, allowed: 3 })).toBe('insats 4 > 3');
    expect(describeShortfall(t, { kind: 'mean', value: 2.8, required: 3 })).toBe('medel 2,8 < 3');
  });

  it('sums up reach and the weakest readiness', () => {
    const useCases = [
      { reach: { withinReach: true } },
      { reach: { withinReach: false } },
    ] as AiUseCaseData[];
    expect(describeReachSummary(t, useCases, { dimension: 'legal', mean: 2.1 })).toBe(
      '1 av 2 tillämpningar ligger inom räckhåll; svagast beredskap: juridik (medel 2,1).',
    );
  });

  it('says how many people the city has, then and now, and how many departments lack them', () => {
    const data = {
      rounds: ['2026-K2', '2026-K3'],
      movement: [
        { roundCode: '2026-K2', area: 'ai-och-data', fte: 4, meanLevel: 2, reports: 3 },
        { roundCode: '2026-K2', area: 'test', fte: 1.5, meanLevel: 2, reports: 3 },
        { roundCode: '2026-K3', area: 'ai-och-data', fte: 5.25, meanLevel: 2, reports: 3 },
        { roundCode: '2026-K3', area: 'test', fte: 1.5, meanLevel: 2, reports: 3 },
      ],
      units: [unit('itd', true, true), unit('a', false, true), unit('b', false, false)],
    } as unknown as AiCompetenceData;
    expect(describeCompetence(t, data)).toBe(
      'Staden har 5,25 årsarbetare inom AI och data (4 i 2026-K2) och 1,5 inom test (1,5 i 2026-K2), enligt 2026-K3. 1 av 2 förvaltningar saknar testkompetens och 0 saknar AI-kompetens.',
    );
  });
});
