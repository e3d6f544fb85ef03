import {
  assessReach,
  computeCompetenceMovement,
  computeDirection,
  computeUnitCompetence,
  defaultHorizon,
  findMissingCompetence,
  findWeakestDimension,
  type AiCompetenceView,
  type CalendarDay,
  type AiRegisterView,
} from '@lagesbild/domain';
import { loadAiCompetenceFacts, listAiUseCases } from '@lagesbild/db/repositories';
import type { Database } from '@lagesbild/db/client';

/** The register with each use case's reach under the rule in force, and the weakest readiness. */
export async function buildAiRegister(
  db: Database,
  organisationSlug: string,
): Promise<AiRegisterView> {
  const stored = await listAiUseCases(db, organisationSlug);
  const { minEach, minMean, maxEffort } = stored.rule;
  const rule = { minEach, minMean, maxEffort };
  return {
    useCases: stored.useCases.map((u) => ({ ...u, reach: assessReach(u, rule) })),
    rule: stored.rule,
    weakest: findWeakestDimension(stored.useCases),
    units: stored.units,
    needs: stored.needs,
  };
}

/** The city's AI and test competence over the rounds, each unit now, and the direction units set. */
export async function buildAiCompetence(
  db: Database,
  organisationSlug: string,
  asOf: CalendarDay,
  basis?: Parameters<typeof loadAiCompetenceFacts>[2],
): Promise<AiCompetenceView> {
  const horizon = defaultHorizon(asOf.today);
  const facts = await loadAiCompetenceFacts(db, organisationSlug, basis);
  const perUnit = computeUnitCompetence(
    facts.units.map((u) => u.slug),
    facts.rounds,
    facts.facts,
  );
  const directions = computeDirection(
    facts.directionAreas.map((a) => a.code),
    facts.direction,
    horizon,
  );
  return {
    rounds: facts.rounds,
    movement: computeCompetenceMovement(facts.rounds, facts.facts),
    units: facts.units.map((u, i) => {
      const { unitSlug: _s, ...competence } = perUnit[i]!;
      return { slug: u.slug, name: u.name, isItd: u.isItd, ...competence };
    }),
    missing: findMissingCompetence(perUnit),
    direction: {
      roundCode: facts.basisRound,
      horizon,
      asOf,
      areas: directions.map((d, i) => ({ ...d, areaName: facts.directionAreas[i]!.name })),
    },
  };
}
