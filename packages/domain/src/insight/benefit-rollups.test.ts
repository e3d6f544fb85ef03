import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseRealisation } from './benefit-realisation';
import { compareByTargetYear, findNextActor, summariseBy } from './benefit-rollups';

const benefit = (
  board: string,
  targetDate: string,
  values: [string, number][] = [],
  baseline = 0,
  target = 10,
) => ({
  board,
  baseline,
  target,
  targetDate,
  followUpMonths: 6,
  measurements: values.map(([date, value]) => ({ date, value })),
});

const today = '2026-11-27';

describe('summariseBy', () => {
  it('summarises each board on its own, in the order the boards first appear', () => {
    const groups = summariseBy(
      [
        benefit('Miljönämnden', '2026-12-31', [['2026-10-01', 10]]),
        benefit('Kulturnämnden', '2027-06-30'),
        benefit('Miljönämnden', '2027-12-31', [['2026-10-01', 5]]),
      ],
      (b) => b.board,
      today,
    );
    expect(groups.map((g) => g.key)).toEqual(['Miljönämnden', 'Kulturnämnden']);
    expect(groups[0]!.summary).toMatchObject({ benefits: 2, measured: 2, meanRate: 0.75 });
    expect(groups[0]!.summary).toMatchObject({ realised: 1, partly: 1, none: 0 });
    expect(groups[1]!.summary).toMatchObject({ benefits: 1, measured: 0, meanRate: null });
  });
});

describe('compareByTargetYear', () => {
  it('counts planned, measured and realised per target year, with no gaps between years', () => {
    const years = compareByTargetYear([
      benefit('A', '2025-06-30', [['2025-06-01', 10]]),
      benefit('A', '2025-12-31', [['2025-10-01', 4]]),
      benefit('B', '2027-12-31'),
    ]);
    expect(years).toEqual([
      { year: 2025, planned: 2, measured: 2, realised: 1, meanRate: 0.7 },
      { year: 2026, planned: 0, measured: 0, realised: 0, meanRate: null },
      { year: 2027, planned: 1, measured: 0, realised: 0, meanRate: null },
    ]);
  });

  it('is empty for no benefits', () => {
    expect(compareByTargetYear([])).toEqual([]);
  });

  it('adds up to the city summary whatever the benefits are', () => {
    const arbitraryBenefit = fc.record({
      board: fc.constantFrom('A', 'B', 'C'),
      baseline: fc.integer({ min: -50, max: 50 }),
      target: fc.integer({ min: 51, max: 200 }),
      targetDate: fc.constantFrom('2025-03-31', '2026-06-30', '2028-12-31'),
      followUpMonths: fc.integer({ min: 1, max: 36 }),
      measurements: fc.array(
        fc.record({
          date: fc.constantFrom('2024-05-01', '2025-05-01', '2026-05-01'),
          value: fc.integer({ min: -100, max: 300 }),
        }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fc.array(arbitraryBenefit, { maxLength: 20 }), (benefits) => {
        const city = summariseRealisation(benefits, today);
        const years = compareByTargetYear(benefits);
        const sum = (f: (y: (typeof years)[number]) => number) =>
          years.reduce((s, y) => s + f(y), 0);
        expect(sum((y) => y.planned)).toBe(city.benefits);
        expect(sum((y) => y.measured)).toBe(city.measured);
        expect(sum((y) => y.realised)).toBe(city.realised);
        const boards = summariseBy(benefits, (b) => b.board, today);
        expect(boards.reduce((s, g) => s + g.summary.overdue, 0)).toBe(city.overdue);
        expect(boards.reduce((s, g) => s + g.summary.benefits, 0)).toBe(city.benefits);
      }),
    );
  });
});

describe('findNextActor', () => {
  const actions = [
    { id: 1, owner: 'kommunstyrelsen' as const, dueDate: '2027-03-31', done: false },
    { id: 2, owner: 'servicenamnden' as const, dueDate: '2027-01-31', done: false },
    { id: 3, owner: 'kommunstyrelsen' as const, dueDate: '2026-12-01', done: true },
  ];

  it('names the owner of the open action due first', () => {
    const measured = benefit('A', '2027-12-31', [['2026-10-01', 3]]);
    expect(findNextActor(measured, actions, today)).toEqual({
      kind: 'action',
      actionId: 2,
      owner: 'servicenamnden',
      dueDate: '2027-01-31',
    });
  });

  it('names the unit when its follow-up is overdue', () => {
    const late = benefit('A', '2027-12-31', [['2025-10-01', 3]]);
    expect(findNextActor(late, actions, today)).toEqual({
      kind: 'unit',
      reason: 'overdueFollowUp',
    });
  });

  it('names nobody when nothing waits', () => {
    const measured = benefit('A', '2027-12-31', [['2026-10-01', 3]]);
    expect(findNextActor(measured, [actions[2]!], today)).toBeNull();
  });
});
