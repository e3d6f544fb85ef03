import { describe, expect, it } from 'vitest';
import { horizonOf, listHorizonYears } from './horizon';

describe('horizonOf', () => {
  it.each([
    { search: {}, expected: undefined },
    { search: { fran: 2027 }, expected: { from: 2027, to: 2031 } },
    { search: { till: 2032 }, expected: { from: 2028, to: 2032 } },
    { search: { fran: 2030, till: 2026 }, expected: { from: 2026, to: 2030 } },
    { search: { fran: 2026, till: 2090 }, expected: { from: 2026, to: 2055 } },
  ])('$search gives $expected', ({ search, expected }) => {
    expect(horizonOf(search)).toEqual(expected);
  });
});

describe('listHorizonYears', () => {
  it('offers years around the horizon and the current year, whatever the year is', () => {
    const years = listHorizonYears({ from: 2029, to: 2033 }, '2029-12-31');
    expect(years[0]).toBe(2027);
    expect(years.at(-1)).toBe(2043);
    expect(listHorizonYears({ from: 2020, to: 2022 }, '2026-11-30')).toContain(2020);
  });
});
