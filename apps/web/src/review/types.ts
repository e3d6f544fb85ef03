import type { RouterOutputs } from '@lagesbild/api';

/** A unit's report as ITD reviews it (`review.form`), as the wire delivers it. */
export type ReviewForm = RouterOutputs['review']['form'];
export type ReviewItem = ReviewForm['items'][number];
