import type { RouterInputs, RouterOutputs } from '@lagesbild/api';

type Outputs = RouterOutputs['framework'];

/** The framework page's data as the wire delivers it (tRPC's inferred outputs). */
export type CurrentFramework = Outputs['current'];
export type FrameworkPreview = Outputs['preview'];
export type FrameworkPlan = NonNullable<FrameworkPreview['plan']>;
export type PlanIssue = FrameworkPreview['errors'][number];
export type FrameworkFormat = RouterInputs['framework']['preview']['format'];
