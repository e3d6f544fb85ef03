import type { AppRouter } from '@lagesbild/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

/** The report views as the wire delivers them (tRPC's inferred types, not the domain's internal ones). */
type Outputs = inferRouterOutputs<AppRouter>;

export type ReportFormData = Outputs['report']['form'];
export type ReportItemData = ReportFormData['items'][number];
export type ReportState = ReportFormData['submission']['state'];
export type RoundSummary = Outputs['rounds']['list'][number];
export type SaveFields = inferRouterInputs<AppRouter>['report']['save']['fields'];
export type Confidence = NonNullable<SaveFields['confidence']>;
