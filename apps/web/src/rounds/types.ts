import type { RouterOutputs } from '@lagesbild/api';

type Outputs = RouterOutputs;

/** The rounds and review views as the wire delivers them (tRPC's inferred outputs). */
export type RoundSummary = Outputs['rounds']['list'][number];
export type RoundProgress = Outputs['rounds']['progress'];
export type UnitProgress = RoundProgress['units'][number];
export type ReportState = UnitProgress['state'];
