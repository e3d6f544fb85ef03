import { beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioOutcomeData } from '../api-types';
import { i18n } from '../i18n';
import { describeBalance, describeScenario } from './describe';

const t = i18n.t.bind(i18n);
beforeAll(async () => {
  await i18n.changeLanguage('sv');
});

const year = (y: number, over = false, cumulativeNetTkr = -100) => ({
  year: y,
  investmentTkr: 1000,
  operatingTkr: 200,
  benefitTkr: 0,
  netTkr: -1200,
  cumulativeNetTkr,
  frameTkr: 7000,
  overFrame: over,
});

const outcome = (overrides: Partial<ScenarioOutcomeData> = {}): ScenarioOutcomeData => ({
  code: 'offensiv',
  name: 'Offensiv',
  years: [year(2026, true), year(2027, true), year(2028)],
  totals: { investmentTkr: 33_000, operatingTkr: 27_300, benefitTkr: 44_000, netTkr: -16_300 },
  paybackYear: null,
  staffing: [2026, 2027, 2028].map((y) => ({
    year: y,
    demandFte: 1,
    planningFte: 5,
    overPlanning: false,
    shortAreas: [],
    feasible: y !== 2027,
  })),
  maturity: { capabilities: [], areas: [] },
  dependencyIssues: [],
  tradeOffs: [],
  timeline: [],
  ...overrides,
});

describe('describeScenario', () => {
  it('names totals in mnkr, the missing payback, the years over the frame and short of staff', () => {
    expect(describeScenario(t, outcome(), { from: 2026, to: 2028 })).toEqual([
      'Offensiv 2026–2028: investeringar 33,0 mnkr, driftkonsekvenser 27,3 mnkr, nyttor 44,0 mnkr, netto −16,3 mnkr.',
      'Betalar sig inte tillbaka före 2028.',
      'Över budgetramen 2026 och 2027.',
      'Bemanningen räcker inte 2027.',
    ]);
  });

  it('says when it pays back and that it fits', () => {
    const fits = outcome({
      paybackYear: 2028,
      years: [year(2026), year(2027)],
      staffing: [],
      dependencyIssues: [{ needCode: 'a', dependsOn: 'b', kind: 'early' }],
    });
    expect(describeScenario(t, fits, { from: 2026, to: 2028 }).slice(1)).toEqual([
      'Betalar sig tillbaka 2028.',
      'Inom budgetramen alla år.',
      'Bemanningen räcker alla år.',
      '1 behov startar innan det som det bygger på är klart, eller utan det.',
    ]);
  });
});

describe('describeBalance', () => {
  it('names the areas short of people and the largest shortfall', () => {
    const cell = (area: string, y: number, shortfallFte: number) => ({
      area: area as never,
      year: y,
      supplyFte: 1,
      unitDemandFte: 1,
      investmentFte: 0,
      balanceFte: -shortfallFte,
      shortfallFte,
    });
    const names: Record<string, string> = { test: 'Test', 'ai-och-data': 'AI och data' };
    expect(
      describeBalance(
        t,
        { cells: [cell('test', 2026, 0.5), cell('ai-och-data', 2027, 1.5), cell('test', 2027, 0)] },
        (c) => names[c]!,
      ),
    ).toBe(
      'Underskott i 2 kompetensområden: AI och data och Test. Störst i AI och data 2027: 1,5 årsarbetare.',
    );
    expect(describeBalance(t, { cells: [] }, (c) => c)).toBe(
      'Kapaciteten räcker i alla kompetensområden och år.',
    );
  });
});
