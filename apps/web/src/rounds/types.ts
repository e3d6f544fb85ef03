import type { AppRouter } from '@lagesbild/api';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;

/** The rounds and review views as the wire delivers them (tRPC's inferred outputs). */
export type RoundSummary = Outputs['rounds']['list'][number];
export type RoundProgress = Outputs['rounds']['progress'];
export type UnitProgress = RoundProgress['units'][number];
export type ReportState = UnitProgress['state'];
