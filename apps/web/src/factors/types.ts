import type { RouterOutputs } from '@lagesbild/api';

/** The register as `factors.register` delivers it. */
export type FactorRegisterData = RouterOutputs['factors']['register'];
export type FactorData = FactorRegisterData['factors'][number];
export type FactorBandCode = FactorData['band'];
export type FactorKindCode = FactorData['kind'];
export type FactorStatusCode = FactorData['status'];
export type FactorRankData = FactorRegisterData['ranking'][number];
