import type { ReviewFilter } from '../search';
import type { ReviewItem } from './types';

type Ratings = Pick<ReviewItem, 'selfRating' | 'validatedRating' | 'notApplicable'>;

/** ITD's rating is set and is not the unit's own: the places the two disagree. */
export function isDeviation(item: Ratings): boolean {
  return (
    !item.notApplicable &&
    item.validatedRating !== null &&
    item.selfRating !== null &&
    item.validatedRating !== item.selfRating
  );
}

/** Still waiting for ITD: applicable and without a validated rating. */
export function isUnvalidated(item: Ratings): boolean {
  return !item.notApplicable && item.validatedRating === null;
}

/**
 * The items the filter lets through. `keep` names items shown before the filter last changed that
 * stay put after a save, so the card being worked on does not vanish from under the user's focus.
 */
export function filterReviewItems<T extends Ratings & { capabilityCode: string }>(
  items: readonly T[],
  filter: ReviewFilter | undefined,
  keep: ReadonlySet<string> = new Set(),
): T[] {
  if (!filter) return [...items];
  const test = filter === 'avvikelser' ? isDeviation : isUnvalidated;
  return items.filter((item) => test(item) || keep.has(item.capabilityCode));
}

export interface AreaGroup<T> {
  areaCode: string;
  areaName: string;
  items: T[];
}

/** Items grouped by area, areas and items in the order the form gives them. */
export function groupByArea<T extends { areaCode: string; areaName: string }>(
  items: readonly T[],
): AreaGroup<T>[] {
  const groups: AreaGroup<T>[] = [];
  for (const item of items) {
    const group = groups.find((g) => g.areaCode === item.areaCode);
    if (group) group.items.push(item);
    else groups.push({ areaCode: item.areaCode, areaName: item.areaName, items: [item] });
  }
  return groups;
}

export interface RatingGap {
  /** Items with both a self-rating and a validated rating: the ones compared. */
  compared: number;
  /** Mean of self-rating minus validated rating; positive when the unit rates itself higher. */
  meanDifference: number | null;
  deviations: number;
  unvalidated: number;
}

/** How far the unit's own ratings stand from ITD's, over the capabilities both have rated. */
export function computeRatingGap(items: readonly Ratings[]): RatingGap {
  const compared = items.filter(
    (i) => !i.notApplicable && i.selfRating !== null && i.validatedRating !== null,
  );
  const sum = compared.reduce((total, i) => total + (i.selfRating! - i.validatedRating!), 0);
  return {
    compared: compared.length,
    // Rounded to one decimal as shown, so "0,0" never reads as a difference.
    meanDifference: compared.length === 0 ? null : Math.round((sum / compared.length) * 10) / 10,
    deviations: items.filter(isDeviation).length,
    unvalidated: items.filter(isUnvalidated).length,
  };
}
