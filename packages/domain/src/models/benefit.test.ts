import { describe, expect, it } from 'vitest';
import {
  MEASURE_MAX,
  measurementSchema,
  saveBenefitActionInputSchema,
  saveBenefitInputSchema,
} from './benefit';

const benefit = (baseline: number, target: number) => ({
  code: null,
  version: 0,
  fields: {
    title: 'Kortare handläggning',
    needCode: 'e-tjanster',
    unitSlug: 'miljoforvaltningen',
    category: 'kvalitet',
    metric: 'handläggningstid (dagar)',
    baseline,
    target,
    targetDate: '2028-12-31',
    phase: 'planera',
    followUpMonths: 6,
  },
});

// Found by fuzzing: values the database's numeric(14,2) cannot hold, or holds as equal, were a 500.
describe('benefit values the database can keep', () => {
  it.each([2 ** 53, 1e308, -1e308, MEASURE_MAX + 1])(
    'refuses %d as a baseline, target or measurement',
    (v) => {
      expect(saveBenefitInputSchema.safeParse(benefit(v, 10)).success).toBe(false);
      expect(saveBenefitInputSchema.safeParse(benefit(10, v)).success).toBe(false);
      expect(measurementSchema.safeParse({ date: '2026-11-01', value: v }).success).toBe(false);
    },
  );

  it('accepts the largest value it keeps, and a target one cent from the baseline', () => {
    expect(saveBenefitInputSchema.safeParse(benefit(-MEASURE_MAX, MEASURE_MAX)).success).toBe(true);
    expect(saveBenefitInputSchema.safeParse(benefit(1.12, 1.13)).success).toBe(true);
  });

  it('refuses a target that would be stored equal to the baseline', () => {
    const result = saveBenefitInputSchema.safeParse(benefit(0, 5e-324));
    expect(result.error?.issues.map((i) => i.message)).toEqual(['targetEqualsBaseline']);
    expect(saveBenefitInputSchema.safeParse(benefit(1.001, 1.004)).success).toBe(false);
  });
});

describe('benefit action ids the database can hold', () => {
  it('refuses an id beyond PostgreSQL integer, which was a 500', () => {
    const action = (id: number) => ({
      id,
      version: 1,
      fields: {
        benefitCode: 'kortare-handlaggning',
        owner: 'servicenamnden',
        description: 'Följ upp i nämnden.',
        dueDate: '2027-03-31',
        done: false,
      },
    });
    expect(saveBenefitActionInputSchema.safeParse(action(2 ** 31)).success).toBe(false);
    expect(saveBenefitActionInputSchema.safeParse(action(2 ** 31 - 1)).success).toBe(true);
  });
});
