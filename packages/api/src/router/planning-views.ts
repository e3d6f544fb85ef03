import {
  computeAvailableFte,
  computeCapacityBalance,
  computeNeedFte,
  computeScenario,
  listYears,
  NotFoundError,
  rankRequirementGaps,
  scheduleNeeds,
  spreadOverYears,
  type CalendarDay,
  type CapacityBalanceView,
  type PlanningHorizon,
  type ScenarioComparisonView,
} from '@lagesbild/domain';
import type { Database } from '@lagesbild/db/client';
import {
  listNeeds,
  listScenarios,
  loadBudgetFrame,
  loadPlanningInputs,
} from '@lagesbild/db/repositories';

/** Which round a planning read stands on: the board's (the latest closed one) unless one is named. */
export type PlanningBasis = Parameters<typeof loadPlanningInputs>[2];

/** Each scenario computed over the horizon against the frame, the free capacity and today's levels. */
export async function compareScenarios(
  db: Database,
  organisationSlug: string,
  horizon: PlanningHorizon,
  asOf: CalendarDay,
  basis?: PlanningBasis,
): Promise<ScenarioComparisonView> {
  const [needs, scenarios, frame, inputs] = await Promise.all([
    listNeeds(db, organisationSlug),
    listScenarios(db, organisationSlug),
    loadBudgetFrame(db, organisationSlug),
    loadPlanningInputs(db, organisationSlug, basis),
  ]);
  const supply = spreadOverYears(inputs.supply, horizon);
  const context = {
    needs,
    horizon,
    frame,
    available: computeAvailableFte(supply, inputs.unitDemand, horizon),
    planning: listYears(horizon.from, horizon.to).map((year) => ({
      year,
      fte: inputs.planningFte,
    })),
    baseline: inputs.baseline,
  };
  const areas = new Map(inputs.capabilities.map((c) => [c.areaCode, c.areaName]));
  return {
    horizon,
    asOf,
    frame,
    planningFte: inputs.planningFte,
    scenarios: scenarios.map(({ version, updatedAt, updatedBy, ...scenario }) => ({
      scenario,
      version,
      updatedAt,
      updatedBy,
      outcome: computeScenario(scenario, context),
    })),
    areas: [...areas].map(([code, name]) => ({ code, name })),
    capabilities: inputs.capabilities,
    baselineRound: inputs.basisRound,
  };
}

/** Supply against the units' demand and, when a scenario is named, what its investments need. */
export async function computeBalance(
  db: Database,
  organisationSlug: string,
  options: {
    horizon: PlanningHorizon;
    scenarioCode: string | null;
    asOf: CalendarDay;
    basis?: PlanningBasis;
  },
): Promise<CapacityBalanceView> {
  const { horizon, scenarioCode } = options;
  const [inputs, needs, scenarios] = await Promise.all([
    loadPlanningInputs(db, organisationSlug, options.basis),
    listNeeds(db, organisationSlug),
    listScenarios(db, organisationSlug),
  ]);
  let investment: ReturnType<typeof computeNeedFte> = [];
  if (scenarioCode !== null) {
    const scenario = scenarios.find((s) => s.code === scenarioCode);
    if (!scenario) throw new NotFoundError('scenario', scenarioCode);
    investment = computeNeedFte(scheduleNeeds(scenario, needs), horizon);
  }
  const byCode = new Map(inputs.capabilities.map((c) => [c.code, c]));
  return {
    horizon,
    asOf: options.asOf,
    scenarioCode,
    cells: computeCapacityBalance(
      {
        supply: spreadOverYears(inputs.supply, horizon),
        unitDemand: inputs.unitDemand,
        investment,
      },
      horizon,
    ),
    planningFte: inputs.planningFte,
    reports: inputs.reports,
    requirementGaps: rankRequirementGaps(inputs.requirements).map((g) => ({
      ...g,
      capabilityName: byCode.get(g.capabilityCode)?.name ?? g.capabilityCode,
      areaName: byCode.get(g.capabilityCode)?.areaName ?? '',
    })),
    baselineRound: inputs.basisRound,
    units: inputs.units,
  };
}
