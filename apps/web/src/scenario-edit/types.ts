import type { RouterOutputs } from '@lagesbild/api';

type Planning = RouterOutputs['planning'];

/** The scenarios as `planning.scenarios` delivers them, each computed over the horizon. */
export type ScenarioComparisonData = Planning['scenarios'];
export type ScenarioEntry = ScenarioComparisonData['scenarios'][number];
export type ScenarioData = ScenarioEntry['scenario'];
