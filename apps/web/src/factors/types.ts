import type { AppRouter } from '@lagesbild/api';
import type { inferRouterOutputs } from '@trpc/server';

/** The register as `factors.register` delivers it. */
export type FactorRegisterData = inferRouterOutputs<AppRouter>['factors']['register'];
export type FactorData = FactorRegisterData['factors'][number];
export type FactorBandCode = FactorData['band'];
export type FactorKindCode = FactorData['kind'];
export type FactorStatusCode = FactorData['status'];
export type FactorRankData = FactorRegisterData['ranking'][number];
