import type { AppRouter } from '@lagesbild/api';
import type { inferRouterOutputs } from '@trpc/server';

/** The capacity form as the wire delivers it (tRPC's inferred output, not the domain's types). */
export type CapacityFormData = inferRouterOutputs<AppRouter>['capacity']['form'];
export type CapacityReportData = NonNullable<CapacityFormData['report']>;
export type CapabilityData = CapacityFormData['capabilities'][number];
