import type { AppRouter } from '@lagesbild/api';
import type { inferRouterOutputs } from '@trpc/server';

type Planning = inferRouterOutputs<AppRouter>['planning'];

/** The register as `planning.needs` delivers it. */
export type NeedRegisterData = Planning['needs'];
export type NeedData = NeedRegisterData['needs'][number];
export type NeedStatusCode = NeedData['status'];
export type UnitOption = NeedRegisterData['units'][number];
export type CapabilityOption = NeedRegisterData['capabilities'][number];
