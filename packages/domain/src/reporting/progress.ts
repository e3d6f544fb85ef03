import type { ReportState, SubmissionStatus } from '../models/reporting';

export interface ReportRow {
  selfRating: number | null;
  notApplicable: boolean;
  /** False while the row only holds what was carried over from the previous round. */
  confirmed: boolean;
}

/** A capability is answered once the unit has confirmed a rating or "not applicable". */
export function isAnswered(row: ReportRow): boolean {
  return row.confirmed && (row.notApplicable || row.selfRating !== null);
}

export function countAnswered(rows: readonly ReportRow[]): { answered: number; total: number } {
  return { answered: rows.filter(isAnswered).length, total: rows.length };
}

export function stateOf(status: SubmissionStatus | null): ReportState {
  return status ?? 'notStarted';
}

/** Whether the unit can still change its report: before submitting, or after ITD returned it. */
export function isEditableByUnit(status: SubmissionStatus | null): boolean {
  return status === null || status === 'draft' || status === 'returned';
}

/** Late: the deadline has passed (the whole day counts) and the unit has not submitted. */
export function isLate(state: ReportState, deadline: string | null, today: string): boolean {
  return (
    deadline !== null && today > deadline && isEditableByUnit(state === 'notStarted' ? null : state)
  );
}

/** ITD's rating needs a reason where it differs from the unit's own. */
export function needsValidationComment(row: {
  selfRating: number | null;
  validatedRating: number | null;
  validationComment: string | null;
}): boolean {
  return (
    row.validatedRating !== null &&
    row.selfRating !== null &&
    row.validatedRating !== row.selfRating &&
    !row.validationComment?.trim()
  );
}
