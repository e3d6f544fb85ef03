import type { AppRouter } from '@lagesbild/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>['framework'];

/** The framework page's data as the wire delivers it (tRPC's inferred outputs). */
export type CurrentFramework = Outputs['current'];
export type FrameworkPreview = Outputs['preview'];
export type FrameworkPlan = NonNullable<FrameworkPreview['plan']>;
export type PlanIssue = FrameworkPreview['errors'][number];
export type FrameworkFormat = inferRouterInputs<AppRouter>['framework']['preview']['format'];
