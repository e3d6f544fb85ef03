import type { RouterInputs, RouterOutputs } from '@lagesbild/api';

/** The report views as the wire delivers them (tRPC's inferred types, not the domain's internal ones). */
type Outputs = RouterOutputs;

export type ReportFormData = Outputs['report']['form'];
export type ReportItemData = ReportFormData['items'][number];
export type ReportState = ReportFormData['submission']['state'];
export type RoundSummary = Outputs['rounds']['list'][number];
export type SaveFields = RouterInputs['report']['save']['fields'];
export type Confidence = NonNullable<SaveFields['confidence']>;
