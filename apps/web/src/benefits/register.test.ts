import { describe, expect, it } from 'vitest';
import { filterBenefits, listBoards, parseValue, toPercent } from './register';
import type { BenefitData } from './types';

const benefit = (code: string, board: string, unit: string, phase: BenefitData['phase']) =>
  ({ code, board, unit: { slug: unit, name: unit }, phase }) as BenefitData;

const benefits = [
  benefit('a', 'Miljönämnden', 'miljoforvaltningen', 'realisera'),
  benefit('b', 'Kommunstyrelsen', 'stadskontoret', 'planera'),
  benefit('c', 'Kommunstyrelsen', 'stadskontoret', 'realisera'),
];

describe('filterBenefits', () => {
  it.each([
    { filter: { board: '', unit: '', phase: '' }, codes: ['a', 'b', 'c'] },
    { filter: { board: 'Kommunstyrelsen', unit: '', phase: '' }, codes: ['b', 'c'] },
    { filter: { board: '', unit: 'stadskontoret', phase: 'realisera' }, codes: ['c'] },
    { filter: { board: 'Miljönämnden', unit: 'stadskontoret', phase: '' }, codes: [] },
  ])('$filter shows $codes', ({ filter, codes }) => {
    expect(filterBenefits(benefits, filter).map((b) => b.code)).toEqual(codes);
  });

  it('lists each board once, in Swedish order', () => {
    expect(listBoards(benefits)).toEqual(['Kommunstyrelsen', 'Miljönämnden']);
  });
});

describe('parseValue', () => {
  it.each([
    ['12,5', { ok: true, value: 12.5 }],
    ['1 200', { ok: true, value: 1200 }],
    ['−3', { ok: true, value: -3 }],
    ['', { ok: false, error: 'valueRequired' }],
    ['tolv', { ok: false, error: 'valueInvalid' }],
    ['1,2,3', { ok: false, error: 'valueInvalid' }],
  ])('%s', (text, expected) => {
    expect(parseValue(text)).toEqual(expected);
  });
});

describe('toPercent', () => {
  it('rounds to whole percent and keeps "not measured" apart from 0', () => {
    expect(toPercent(0.4857)).toBe(49);
    expect(toPercent(0)).toBe(0);
    expect(toPercent(null)).toBeNull();
  });
});
