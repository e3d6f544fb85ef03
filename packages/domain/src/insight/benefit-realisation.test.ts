import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeRealisation,
  findNextFollowUp,
  isFollowUpOverdue,
  summariseRealisation,
} from './benefit-realisation';

const benefit = (baseline: number, target: number, values: [string, number][] = []) => ({
  baseline,
  target,
  targetDate: '2027-12-31',
  followUpMonths: 6,
  measurements: values.map(([date, value]) => ({ date, value })),
});

describe('computeRealisation', () => {
  it.each([
    { label: 'nothing measured', b: benefit(10, 20), expected: null },
    { label: 'half way up', b: benefit(10, 20, [['2026-06-01', 15]]), expected: 0.5 },
    {
      label: 'a shorter waiting time is a benefit too',
      b: benefit(30, 10, [['2026-06-01', 25]]),
      expected: 0.25,
    },
    { label: 'overshooting counts as done', b: benefit(10, 20, [['2026-06-01', 26]]), expected: 1 },
    {
      label: 'going backwards counts as none',
      b: benefit(10, 20, [['2026-06-01', 8]]),
      expected: 0,
    },
    {
      label: 'the latest measurement counts, whatever the order given',
      b: benefit(0, 100, [
        ['2026-09-01', 80],
        ['2026-03-01', 20],
      ]),
      expected: 0.8,
    },
  ])('$label', ({ b, expected }) => {
    expect(computeRealisation(b)).toBe(expected);
  });

  it('always lies between 0 and 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (baseline, target, value) => {
          fc.pre(baseline !== target);
          const rate = computeRealisation(benefit(baseline, target, [['2026-01-01', value]]));
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('follow-ups', () => {
  it('are due a follow-up interval after the last measurement, else by the target date', () => {
    expect(findNextFollowUp(benefit(0, 1, [['2026-01-31', 0]]))).toBe('2026-07-31');
    expect(findNextFollowUp(benefit(0, 1))).toBe('2027-12-31');
    expect(isFollowUpOverdue(benefit(0, 1, [['2026-01-31', 0]]), '2026-11-27')).toBe(true);
    expect(isFollowUpOverdue(benefit(0, 1, [['2026-09-30', 0]]), '2026-11-27')).toBe(false);
  });
});

describe('summariseRealisation', () => {
  it('gives the mean with how it splits, and counts overdue follow-ups', () => {
    expect(
      summariseRealisation(
        [
          benefit(0, 10, [['2026-10-01', 10]]),
          benefit(0, 10, [['2026-10-01', 5]]),
          benefit(0, 10, [['2026-01-01', 0]]),
          benefit(0, 10),
        ],
        '2026-11-27',
      ),
    ).toEqual({
      benefits: 4,
      measured: 3,
      meanRate: 0.5,
      realised: 1,
      partly: 1,
      none: 1,
      overdue: 1,
    });
  });
});
