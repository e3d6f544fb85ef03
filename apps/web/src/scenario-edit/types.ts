import type { AppRouter } from '@lagesbild/api';
import type { inferRouterOutputs } from '@trpc/server';

type Planning = inferRouterOutputs<AppRouter>['planning'];

/** The scenarios as `planning.scenarios` delivers them, each computed over the horizon. */
export type ScenarioComparisonData = Planning['scenarios'];
export type ScenarioEntry = ScenarioComparisonData['scenarios'][number];
export type ScenarioData = ScenarioEntry['scenario'];
