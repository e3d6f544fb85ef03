import type { AppRouter } from '@lagesbild/api';
import type { inferRouterOutputs } from '@trpc/server';

/** A unit's report as ITD reviews it (`review.form`), as the wire delivers it. */
export type ReviewForm = inferRouterOutputs<AppRouter>['review']['form'];
export type ReviewItem = ReviewForm['items'][number];
