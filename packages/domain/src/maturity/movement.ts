import { roundTo } from './rating';

/** Change since an earlier value; null when either side is missing, so "no data" never reads as "no change". */
export function computeMovement(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return roundTo(current - previous);
}

/** Steps left to the target level: positive when below target, zero or negative when it is reached. */
export function computeGapToTarget(rating: number | null, target: number | null): number | null {
  if (rating === null || target === null) return null;
  return roundTo(target - rating);
}

export type Direction = 'up' | 'down' | 'flat';

export function directionOf(change: number): Direction {
  if (change > 0) return 'up';
  if (change < 0) return 'down';
  return 'flat';
}
