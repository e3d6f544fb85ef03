import {
  buildBenefitRegister,
  buildFactorRegister,
  defaultHorizon,
  readBenefitsAtBasis,
  readFactorsAtBasis,
  type CalendarDay,
  type PlanBasis,
  type PlanSources,
  withholdProposals,
  withholdProposedLinks,
} from '@lagesbild/domain';
import type { Database } from '@lagesbild/db/client';
import {
  findOrganisation,
  listBenefits,
  listCriticalFactors,
  listStrengthNotes,
  loadMaturityData,
} from '@lagesbild/db/repositories';
import { buildAiCompetence, buildAiRegister } from './ai-views';
import { readOverview } from './maturity';
import { readNeedRegister } from './planning';
import { compareScenarios, computeBalance } from './planning-views';

/**
 * The views the dashboard's own pages show, read at one moment: the plan says what the pages say. Each is
 * computed exactly as its procedure computes it, with the pages' defaults (latest closed round, the default
 * planning horizon, no scenario chosen, the organisation's day), and then read at the edition's basis (see
 * `planBasisSchema`): factor scores of the basis round, benefit measurements up to its close.
 */
export async function gatherPlanSources(
  db: Database,
  organisationSlug: string,
  year: number,
  asOf: CalendarDay,
  basis: PlanBasis,
): Promise<PlanSources> {
  const horizon = defaultHorizon(asOf.today);
  // Capacity, scenarios and AI stand on the edition's basis round too, never a later one.
  const atRound = basis ? { roundCode: basis.roundCode } : {};
  const [org, maturity] = await Promise.all([
    findOrganisation(db, organisationSlug),
    loadMaturityData(db, organisationSlug),
  ]);
  const views = await allOf({
    // Before any round has closed there is no status to report (nor when the basis round was assessed on a
    // framework since replaced).
    overview:
      basis && maturity.rounds.some((r) => r.code === basis.roundCode)
        ? readOverview(db, organisationSlug, basis.roundCode)
        : Promise.resolve(null),
    strengthNotes: listStrengthNotes(db, organisationSlug),
    capacityBalance: computeBalance(db, organisationSlug, {
      horizon,
      scenarioCode: null,
      asOf,
      basis: atRound,
    }),
    // The plan is the board's: a proposal ITD has not accepted is counted, never named.
    needs: readNeedRegister(db, organisationSlug, asOf).then(withholdProposals),
    scenarios: compareScenarios(db, organisationSlug, horizon, asOf, atRound),
    aiRegister: buildAiRegister(db, organisationSlug).then(withholdProposedLinks),
    aiCompetence: buildAiCompetence(db, organisationSlug, asOf, atRound),
    benefits: listBenefits(db, organisationSlug).then((stored) => {
      const atBasis = readBenefitsAtBasis(stored, basis, asOf);
      return buildBenefitRegister(atBasis.data, atBasis.asOf);
    }),
    factors: listCriticalFactors(db, organisationSlug).then((stored) =>
      buildFactorRegister(readFactorsAtBasis(stored, basis)),
    ),
  });
  return { organisationName: org.name, year, today: asOf.today, basis, ...views };
}

/** Awaits every promise of a record at once: the record of their values, each under its name. */
async function allOf<T extends Record<string, unknown>>(
  promises: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const entries = await Promise.all(
    Object.entries(promises).map(async ([name, promise]) => [name, await promise] as const),
  );
  return Object.fromEntries(entries) as { [K in keyof T]: Awaited<T[K]> };
}
