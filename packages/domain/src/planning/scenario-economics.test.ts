import { describe, expect, it } from 'vitest';
import { computeEconomics, findPaybackYear } from './scenario-economics';
import { makeNeed } from './test-needs';

const horizon = { from: 2026, to: 2030 };

describe('computeEconomics', () => {
  it('spreads one-off cost over the work and runs operating cost and benefit from the year after', () => {
    const need = makeNeed({
      code: 'e-arkiv',
      durationYears: 2,
      oneOffTkr: [1000, 500],
      operatingTkr: 200,
      benefitTkr: [300, 900],
    });
    const { years, totals } = computeEconomics([{ need, startYear: 2026 }], horizon);
    expect(years.map((y) => [y.year, y.investmentTkr, y.operatingTkr, y.benefitTkr])).toEqual([
      [2026, 1000, 0, 0],
      [2027, 500, 0, 0],
      [2028, 0, 200, 300],
      [2029, 0, 200, 900],
      [2030, 0, 200, 900],
    ]);
    expect(years.map((y) => y.netTkr)).toEqual([-1000, -500, 100, 700, 700]);
    expect(years.map((y) => y.cumulativeNetTkr)).toEqual([-1000, -1500, -1400, -700, 0]);
    expect(totals).toEqual({ investmentTkr: 1500, operatingTkr: 600, benefitTkr: 2100, netTkr: 0 });
  });

  it('adds up operating consequences as needs complete', () => {
    const a = makeNeed({ code: 'a', operatingTkr: 100 });
    const b = makeNeed({ code: 'b', operatingTkr: 50 });
    const { years } = computeEconomics(
      [
        { need: a, startYear: 2026 },
        { need: b, startYear: 2028 },
      ],
      horizon,
    );
    expect(years.map((y) => y.operatingTkr)).toEqual([0, 100, 100, 150, 150]);
  });

  it('leaves out what falls outside the horizon', () => {
    const need = makeNeed({ code: 'late', durationYears: 2, oneOffTkr: [100, 100] });
    const { totals } = computeEconomics([{ need, startYear: 2030 }], horizon);
    expect(totals.investmentTkr).toBe(100);
  });

  it('flags years where investment and operating cost exceed the frame', () => {
    const need = makeNeed({ code: 'big', oneOffTkr: [8000], operatingTkr: 1000 });
    const { years } = computeEconomics([{ need, startYear: 2026 }], horizon, [
      { year: 2026, tkr: 7000 },
      { year: 2027, tkr: 7000 },
    ]);
    expect(years.map((y) => [y.year, y.frameTkr, y.overFrame])).toEqual([
      [2026, 7000, true],
      [2027, 7000, false],
      [2028, null, false],
      [2029, null, false],
      [2030, null, false],
    ]);
  });
});

describe('findPaybackYear', () => {
  it.each([
    { label: 'turns positive and stays', cumulative: [-5, -2, 1, 3], expected: 2028 },
    { label: 'never negative', cumulative: [0, 0, 0, 0], expected: 2026 },
    { label: 'ends below zero', cumulative: [-5, -2, -1, -1], expected: null },
    { label: 'dips again after turning positive', cumulative: [-5, 1, -1, 2], expected: 2029 },
  ])('$label', ({ cumulative, expected }) => {
    const years = cumulative.map((c, i) => ({ year: 2026 + i, cumulativeNetTkr: c }));
    expect(findPaybackYear(years)).toBe(expected);
  });
});
