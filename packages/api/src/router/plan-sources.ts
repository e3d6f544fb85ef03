import {
  buildBenefitRegister,
  buildFactorRegister,
  defaultHorizon,
  type CalendarDay,
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
 * planning horizon, no scenario chosen, the organisation's day).
 */
export async function gatherPlanSources(
  db: Database,
  organisationSlug: string,
  year: number,
  asOf: CalendarDay,
): Promise<PlanSources> {
  const horizon = defaultHorizon(asOf.today);
  const [org, maturity] = await Promise.all([
    findOrganisation(db, organisationSlug),
    loadMaturityData(db, organisationSlug),
  ]);
  const [
    overview,
    strengthNotes,
    capacityBalance,
    needs,
    scenarios,
    aiRegister,
    aiCompetence,
    benefits,
    factors,
  ] = await Promise.all([
    // Before any round has closed there is no status to report.
    maturity.rounds.length ? readOverview(db, organisationSlug) : Promise.resolve(null),
    listStrengthNotes(db, organisationSlug),
    computeBalance(db, organisationSlug, { horizon, scenarioCode: null, asOf }),
    // The plan is the board's: a proposal ITD has not accepted is counted, never named.
    readNeedRegister(db, organisationSlug, asOf).then(withholdProposals),
    compareScenarios(db, organisationSlug, horizon, asOf),
    buildAiRegister(db, organisationSlug).then(withholdProposedLinks),
    buildAiCompetence(db, organisationSlug, asOf),
    listBenefits(db, organisationSlug).then((stored) => buildBenefitRegister(stored, asOf)),
    listCriticalFactors(db, organisationSlug).then(buildFactorRegister),
  ]);
  return {
    organisationName: org.name,
    year,
    today: asOf.today,
    overview,
    strengthNotes,
    capacityBalance,
    needs,
    scenarios,
    aiRegister,
    aiCompetence,
    benefits,
    factors,
  };
}
