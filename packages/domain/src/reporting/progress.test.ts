import { describe, expect, it } from 'vitest';
import {
  countAnswered,
  isAnswered,
  isEditableByUnit,
  isLate,
  needsValidationComment,
  stateOf,
} from './progress';

describe('report progress', () => {
  it.each([
    [{ selfRating: 3, notApplicable: false, confirmed: true }, true],
    [{ selfRating: null, notApplicable: true, confirmed: true }, true],
    [{ selfRating: 3, notApplicable: false, confirmed: false }, false],
    [{ selfRating: null, notApplicable: false, confirmed: true }, false],
  ])('%o answered: %s', (row, answered) => {
    expect(isAnswered(row)).toBe(answered);
  });

  it('counts answered of total', () => {
    expect(
      countAnswered([
        { selfRating: 2, notApplicable: false, confirmed: true },
        { selfRating: 4, notApplicable: false, confirmed: false },
        { selfRating: null, notApplicable: true, confirmed: true },
      ]),
    ).toEqual({ answered: 2, total: 3 });
  });

  it('a unit edits before submitting and after a return, never while ITD has it', () => {
    expect(
      [null, 'draft', 'submitted', 'validated', 'returned'].map((s) =>
        isEditableByUnit(s as never),
      ),
    ).toEqual([true, true, false, false, true]);
    expect(stateOf(null)).toBe('notStarted');
  });

  it.each([
    ['notStarted', '2026-12-11', '2026-12-12', true],
    ['draft', '2026-12-11', '2026-12-12', true],
    ['returned', '2026-12-11', '2026-12-12', true],
    ['draft', '2026-12-11', '2026-12-11', false],
    ['submitted', '2026-12-11', '2026-12-20', false],
    ['validated', '2026-12-11', '2026-12-20', false],
    ['draft', null, '2030-01-01', false],
  ] as const)('%s with deadline %s on %s is late: %s', (state, deadline, today, late) => {
    expect(isLate(state, deadline, today)).toBe(late);
  });

  it('a validated rating that differs from the self-rating needs a reason', () => {
    const row = { selfRating: 4, validatedRating: 3, validationComment: null };
    expect(needsValidationComment(row)).toBe(true);
    expect(needsValidationComment({ ...row, validationComment: '  ' })).toBe(true);
    expect(needsValidationComment({ ...row, validationComment: 'Saknar rutin.' })).toBe(false);
    expect(needsValidationComment({ ...row, validatedRating: 4 })).toBe(false);
    expect(needsValidationComment({ ...row, validatedRating: null })).toBe(false);
  });
});
