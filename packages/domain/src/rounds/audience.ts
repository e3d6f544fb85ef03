import type { RatingBasis } from '../maturity/rating';
import type { RoundStatus } from '../models/round';
import type { Role } from '../models/user';

/**
 * Who a figure is read by. The board (KS) reads frozen rounds only, and so does everything it reads:
 * every dashboard page, workbook, the plan and its Word file. ITD may also look at the open round, whose
 * figures are preliminary: drafts, reports ITD has returned, ratings not yet validated.
 */
export type Audience = 'board' | 'itd';

/** Whom a signed-in person reads as: ITD as ITD, everyone else (KS, the units' reporters) as the board. */
export function audienceOf(role: Role): Audience {
  return role === 'itd' ? 'itd' : 'board';
}

/** The round statuses each audience reads. */
export const ROUND_STATUSES_READ: Record<Audience, readonly RoundStatus[]> = {
  board: ['closed'],
  itd: ['closed', 'open'],
};

/**
 * Inside a round every audience reads ITD's validated level where it exists, else the unit's own: the
 * rating every page, workbook and plan chapter counts unless a reader picks another basis.
 */
export const READ_RATING_BASIS: RatingBasis = 'effective';

export function mayReadRound(audience: Audience, status: RoundStatus): boolean {
  return ROUND_STATUSES_READ[audience].includes(status);
}

/** A figure standing on a round that is still open is preliminary and must say so. */
export function isPreliminaryRound(status: RoundStatus): boolean {
  return status === 'open';
}

/**
 * The round a figure stands on when none is named: the latest round (by start) the audience reads, or
 * null before there is one. Rounds may come in any order.
 */
export function pickBasisRound<R extends { status: RoundStatus; startsOn: string }>(
  rounds: readonly R[],
  audience: Audience = 'board',
): R | null {
  let basis: R | null = null;
  for (const r of rounds) {
    if (mayReadRound(audience, r.status) && (basis === null || r.startsOn > basis.startsOn))
      basis = r;
  }
  return basis;
}
