import { describe, expect, it } from 'vitest';
import { formatFteInput, parseFte, sumFte } from './parse-fte';

describe('parseFte', () => {
  it.each([
    ['1,5', 1.5],
    ['1.5', 1.5],
    [' 2 ', 2],
    ['0,25', 0.25],
    ['1 000', 1000],
    ['3,50', 3.5],
    ['', null],
    ['   ', null],
  ])('reads %j as %j', (text, value) => {
    expect(parseFte(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', 'fteInvalid'],
    ['1,5,5', 'fteInvalid'],
    ['1e3', 'fteInvalid'],
    [',5', 'fteInvalid'],
    ['-1', 'fteNegative'],
    ['−0,5', 'fteNegative'],
    ['1,255', 'fteDecimals'],
    ['100001', 'fteTooLarge'],
  ])('refuses %j with %s, as the API would', (text, error) => {
    expect(parseFte(text)).toEqual({ ok: false, error });
  });
});

describe('formatFteInput', () => {
  it('writes a decimal comma in Swedish and a point in English, with no grouping', () => {
    expect(formatFteInput(1.5, 'sv-SE')).toBe('1,5');
    expect(formatFteInput(1.5, 'en-GB')).toBe('1.5');
    expect(formatFteInput(12000.25, 'sv-SE')).toBe('12000,25');
  });
});

describe('sumFte', () => {
  it('adds to two decimals without binary fractions', () => {
    expect(sumFte([0.1, 0.2])).toBe(0.3);
    expect(sumFte([1.25, 0.75, 2])).toBe(4);
    expect(sumFte([])).toBe(0);
  });
});
