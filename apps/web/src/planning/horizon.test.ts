import { describe, expect, it } from 'vitest';
import { horizonOf } from './horizon';

describe('horizonOf', () => {
  it.each([
    { search: {}, expected: { from: 2026, to: 2030 } },
    { search: { fran: 2027 }, expected: { from: 2027, to: 2030 } },
    { search: { fran: 2032 }, expected: { from: 2032, to: 2032 } },
    { search: { fran: 2030, till: 2026 }, expected: { from: 2026, to: 2030 } },
    { search: { fran: 2026, till: 2090 }, expected: { from: 2026, to: 2055 } },
  ])('$search gives $expected', ({ search, expected }) => {
    expect(horizonOf(search)).toEqual(expected);
  });
});
