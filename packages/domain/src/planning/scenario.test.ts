import { describe, expect, it } from 'vitest';
import type { Scenario } from '../models/investment';
import { computeScenario, scheduleNeeds } from './scenario';
import { makeNeed } from './test-needs';

const needs = [
  makeNeed({
    code: 'informationsplattform',
    durationYears: 2,
    oneOffTkr: [2000, 1000],
    operatingTkr: 300,
    benefitTkr: [1500],
    capabilities: [{ capabilityCode: 'informationsklassning', lift: 1 }],
    fte: [
      { area: 'informationshantering', yearIndex: 0, fte: 1.5 },
      { area: 'arkitektur', yearIndex: 1, fte: 0.5 },
    ],
  }),
  makeNeed({
    code: 'ai-tjanster',
    oneOffTkr: [1500],
    benefitTkr: [800],
    dependsOn: ['informationsplattform'],
    capabilities: [
      { capabilityCode: 'ai-styrning', lift: 2 },
      { capabilityCode: 'informationsklassning', lift: 1 },
    ],
    fte: [{ area: 'ai-och-data', yearIndex: 0, fte: 2 }],
  }),
  makeNeed({ code: 'testlabb', oneOffTkr: [700], plannedStart: 2027 }),
  makeNeed({ code: 'nedlagd', status: 'declined' }),
];

const context = {
  needs,
  horizon: { from: 2026, to: 2030 },
  frame: [{ year: 2026, tkr: 2500 }],
  available: [
    { area: 'informationshantering' as const, year: 2026, fte: 1 },
    { area: 'arkitektur' as const, year: 2027, fte: 1 },
    { area: 'ai-och-data' as const, year: 2027, fte: 3 },
  ],
  planning: [
    { year: 2026, fte: 4 },
    { year: 2027, fte: 4 },
  ],
  baseline: {
    capabilities: [
      { capabilityCode: 'informationsklassning', areaCode: 'information' },
      { capabilityCode: 'ai-styrning', areaCode: 'ai' },
      { capabilityCode: 'ai-data', areaCode: 'ai' },
    ],
    ratings: [
      { unitSlug: 'a', capabilityCode: 'informationsklassning', level: 2 },
      { unitSlug: 'a', capabilityCode: 'ai-styrning', level: 4 },
      { unitSlug: 'a', capabilityCode: 'ai-data', level: null },
    ],
  },
};

const offensive: Scenario = {
  code: 'offensiv',
  name: 'Offensiv',
  description: '',
  needs: [
    { needCode: 'informationsplattform', startYear: 2026 },
    { needCode: 'ai-tjanster', startYear: 2027 },
  ],
  leftOut: [{ needCode: 'testlabb', reason: 'Ryms inte i ramen 2027.' }],
};

describe('computeScenario', () => {
  const outcome = computeScenario(offensive, context);

  it('projects maturity from each need’s completion year, capped at the top of the scale', () => {
    const klass = outcome.maturity.capabilities.find(
      (c) => c.capabilityCode === 'informationsklassning',
    )!;
    expect(klass.levels.map((l) => l.level)).toEqual([2, 4, 4, 4, 4]);
    const ai = outcome.maturity.capabilities.find((c) => c.capabilityCode === 'ai-styrning')!;
    expect(ai.levels.map((l) => l.level)).toEqual([4, 5, 5, 5, 5]);
    const aiArea = outcome.maturity.areas.find((a) => a.areaCode === 'ai')!;
    // Unrated capabilities stay unknown and do not pull the area's median.
    expect(aiArea.levels.map((l) => l.level)).toEqual([4, 5, 5, 5, 5]);
    expect([aiArea.today, ai.today, klass.today]).toEqual([4, 4, 2]);
  });

  it('reads an area’s level as the overview does: the median of the units’ levels in the area', () => {
    const ratings = [
      ['a', 'ai-styrning', 1],
      ['a', 'ai-data', 2],
      ['b', 'ai-styrning', 3],
      ['b', 'ai-data', 4],
      ['c', 'ai-styrning', 2],
      ['c', 'ai-data', null],
    ] as const;
    const { maturity } = computeScenario(
      { ...offensive, needs: [] },
      {
        ...context,
        baseline: {
          capabilities: context.baseline.capabilities,
          ratings: ratings.map(([unitSlug, capabilityCode, level]) => ({
            unitSlug,
            capabilityCode,
            level,
          })),
        },
      },
    );
    // Units' levels 1,5, 3,5 and 2 have the median 2; the capabilities' medians (2 and 3) would give 2,5.
    const ai = maturity.areas.find((a) => a.areaCode === 'ai')!;
    expect(ai.today).toBe(2);
    expect(ai.levels[0]!.level).toBe(2);
    expect(maturity.capabilities.find((c) => c.capabilityCode === 'ai-data')!.today).toBe(3);
  });

  it('flags a need started before the one it depends on is done', () => {
    expect(outcome.dependencyIssues).toEqual([
      { needCode: 'ai-tjanster', dependsOn: 'informationsplattform', kind: 'early' },
    ]);
    const alone = computeScenario(
      { ...offensive, needs: [{ needCode: 'ai-tjanster', startYear: 2028 }] },
      context,
    );
    expect(alone.dependencyIssues).toEqual([
      { needCode: 'ai-tjanster', dependsOn: 'informationsplattform', kind: 'missing' },
    ]);
    const inOrder = computeScenario(
      {
        ...offensive,
        needs: [
          { needCode: 'informationsplattform', startYear: 2026 },
          { needCode: 'ai-tjanster', startYear: 2028 },
        ],
      },
      context,
    );
    expect(inOrder.dependencyIssues).toEqual([]);
  });

  it('flags years the needs cannot be staffed, per area and against planning capacity', () => {
    expect(
      outcome.staffing.map((s) => [s.year, s.demandFte, s.overPlanning, s.shortAreas, s.feasible]),
    ).toEqual([
      [
        2026,
        1.5,
        false,
        [{ area: 'informationshantering', demandFte: 1.5, availableFte: 1 }],
        false,
      ],
      [2027, 2.5, false, [], true],
      [2028, 0, false, [], true],
      [2029, 0, false, [], true],
      [2030, 0, false, [], true],
    ]);
  });

  it('names what is left out, with the reason and what it would have added', () => {
    expect(outcome.tradeOffs).toEqual([
      {
        needCode: 'testlabb',
        title: 'testlabb',
        reason: 'Ryms inte i ramen 2027.',
        investmentTkr: 700,
        operatingTkr: 0,
        benefitTkr: 0,
        lift: 0,
      },
    ]);
  });

  it('flags the frame and gives a timeline of the chosen needs', () => {
    expect(outcome.years[0]).toMatchObject({ year: 2026, investmentTkr: 2000, overFrame: false });
    expect(outcome.timeline).toEqual([
      {
        needCode: 'informationsplattform',
        title: 'informationsplattform',
        startYear: 2026,
        completionYear: 2027,
      },
      { needCode: 'ai-tjanster', title: 'ai-tjanster', startYear: 2027, completionYear: 2027 },
    ]);
  });

  it('refuses a scenario that names a need the register does not have', () => {
    expect(() => scheduleNeeds({ needs: [{ needCode: 'okand', startYear: 2026 }] }, needs)).toThrow(
      expect.objectContaining({ field: 'needs.0.needCode', code: 'unknownNeed' }),
    );
  });
});
