import type { RouterOutputs } from '@lagesbild/api';

type Planning = RouterOutputs['planning'];

/** The register as `planning.needs` delivers it. */
export type NeedRegisterData = Planning['needs'];
export type NeedData = NeedRegisterData['needs'][number];
export type NeedStatusCode = NeedData['status'];
export type UnitOption = NeedRegisterData['units'][number];
export type CapabilityOption = NeedRegisterData['capabilities'][number];
