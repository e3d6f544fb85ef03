import type { RouterOutputs } from '@lagesbild/api';

/** The capacity form as the wire delivers it (tRPC's inferred output, not the domain's types). */
export type CapacityFormData = RouterOutputs['capacity']['form'];
export type CapacityReportData = NonNullable<CapacityFormData['report']>;
export type CapabilityData = CapacityFormData['capabilities'][number];
