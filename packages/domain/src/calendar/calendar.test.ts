import { describe, expect, it } from 'vitest';
import { describeCalendarDay, resolveToday, toStockholmDate, yearOf } from './calendar';

describe('toStockholmDate', () => {
  it('is the day in Stockholm, summer and winter time alike', () => {
    expect(toStockholmDate(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    expect(toStockholmDate(new Date('2026-12-11T22:30:00Z'))).toBe('2026-12-11');
    expect(toStockholmDate(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(toStockholmDate(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });
});

describe('resolveToday', () => {
  it('is the day of the clock for a real city', () => {
    expect(resolveToday(new Date('2029-12-31T09:00:00Z'), null)).toBe('2029-12-31');
  });

  it('is the fixed date for an organisation read as of one, whatever the clock says', () => {
    for (const now of ['2026-12-07T09:00:00Z', '2027-06-15T09:00:00Z', '2029-12-31T22:59:00Z']) {
      expect(resolveToday(new Date(now), '2026-12-01')).toBe('2026-12-01');
    }
    expect(describeCalendarDay(new Date('2029-01-01T00:00:00Z'), '2026-12-01')).toEqual({
      today: '2026-12-01',
      fixed: true,
    });
  });

  it('names the year of a day', () => {
    expect(yearOf('2027-01-01')).toBe(2027);
  });
});
