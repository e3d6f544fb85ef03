import type { RouterOutputs } from '@lagesbild/api';

/** The views as the wire delivers them (tRPC's inferred outputs, not the domain's internal types). */
type Outputs = RouterOutputs['maturity'];

export type OverviewData = Outputs['overview'];
export type CapabilityData = Outputs['capability'];
export type UnitData = Outputs['unit'];

/** The signed-in user as `auth.me` and `auth.signIn` return it. */
export type SessionUser = NonNullable<RouterOutputs['auth']['me']>;
export type Role = SessionUser['role'];

/** A user as ITD's administration sees it (`users.list`, `users.create` …). */
export type ManagedUser = RouterOutputs['users']['list'][number];

/** What enrolment in a second factor shows once: the secret, its URI and the QR code. */
export type SecondFactorEnrolment = RouterOutputs['secondFactor']['startEnrolment'];

type PlanningOutputs = RouterOutputs['planning'];
export type ScenarioComparisonData = PlanningOutputs['scenarios'];
export type ScenarioData = ScenarioComparisonData['scenarios'][number];
export type ScenarioOutcomeData = ScenarioData['outcome'];
export type CapacityBalanceData = PlanningOutputs['capacityBalance'];
