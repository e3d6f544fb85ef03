import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  AI_COMPETENCE_AREAS,
  type AiCompetenceArea,
  type CompetenceFact,
  type DirectionFact,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { findCurrentFramework, isActiveCapability } from './framework';
import { findOrganisation } from './lookups';
import {
  areas,
  assessments,
  capabilities,
  capacityCompetences,
  capacityReports,
  rounds,
  units,
} from '../schema/index';

/** The framework areas whose ratings and targets show the direction of Q3 (see the demo framework). */
export const AI_DIRECTION_AREAS = ['ai', 'testverksamhet'] as const;

export interface AiCompetenceFacts {
  /** Closed rounds with capacity reports, oldest first. */
  rounds: string[];
  facts: CompetenceFact[];
  units: { slug: string; name: string; isItd: boolean }[];
  latestClosedRound: string | null;
  directionAreas: { code: string; name: string }[];
  direction: DirectionFact[];
}

/**
 * What Q3's competence picture is computed from. Only closed rounds: like the other dashboards, an
 * open round is still being reported, and its half-filled totals would read as a drop.
 */
export async function loadAiCompetenceFacts(
  db: Database,
  organisationSlug: string,
): Promise<AiCompetenceFacts> {
  const org = await findOrganisation(db, organisationSlug);
  const closedRound = and(eq(rounds.organisationId, org.id), eq(rounds.status, 'closed'));
  const [unitRows, factRows, [latest], framework] = await Promise.all([
    db
      .select({ slug: units.slug, name: units.name, kind: units.kind })
      .from(units)
      .where(eq(units.organisationId, org.id))
      .orderBy(asc(units.sortOrder), asc(units.slug)),
    db
      .select({
        roundCode: rounds.code,
        unitSlug: units.slug,
        area: capacityCompetences.area,
        fte: capacityCompetences.fte,
        level: capacityCompetences.level,
      })
      .from(capacityCompetences)
      .innerJoin(capacityReports, eq(capacityReports.id, capacityCompetences.reportId))
      .innerJoin(rounds, eq(rounds.id, capacityReports.roundId))
      .innerJoin(units, eq(units.id, capacityReports.unitId))
      .where(and(closedRound, inArray(capacityCompetences.area, [...AI_COMPETENCE_AREAS])))
      .orderBy(asc(rounds.startsOn), asc(units.sortOrder)),
    db
      .select({ id: rounds.id, code: rounds.code })
      .from(rounds)
      .where(closedRound)
      .orderBy(desc(rounds.startsOn))
      .limit(1),
    findCurrentFramework(db, org.id),
  ]);
  const areaRows = framework
    ? await db
        .select({ id: areas.id, code: areas.code, name: areas.name })
        .from(areas)
        .where(
          and(eq(areas.frameworkId, framework.id), inArray(areas.code, [...AI_DIRECTION_AREAS])),
        )
        .orderBy(asc(areas.sortOrder))
    : [];
  const ratingRows =
    latest && areaRows.length
      ? await db
          .select({
            areaId: capabilities.areaId,
            selfRating: assessments.selfRating,
            validatedRating: assessments.validatedRating,
            notApplicable: assessments.notApplicable,
            targetLevel: assessments.targetLevel,
            targetYear: assessments.targetYear,
          })
          .from(assessments)
          .innerJoin(capabilities, eq(capabilities.id, assessments.capabilityId))
          .where(
            and(
              eq(assessments.roundId, latest.id),
              inArray(
                capabilities.areaId,
                areaRows.map((a) => a.id),
              ),
              isActiveCapability(),
            ),
          )
      : [];
  const areaCodeOf = new Map(areaRows.map((a) => [a.id, a.code]));
  const roundCodes = [...new Set(factRows.map((f) => f.roundCode))];
  return {
    rounds: roundCodes,
    facts: factRows.map((f) => ({ ...f, area: f.area as AiCompetenceArea })),
    units: unitRows.map((u) => ({ slug: u.slug, name: u.name, isItd: u.kind === 'itd' })),
    latestClosedRound: latest?.code ?? null,
    directionAreas: areaRows.map(({ code, name }) => ({ code, name })),
    direction: ratingRows.map((r) => ({
      areaCode: areaCodeOf.get(r.areaId)!,
      // The validated rating where ITD gave one, else the unit's own (as the dashboards count).
      rating: r.notApplicable ? null : (r.validatedRating ?? r.selfRating),
      targetLevel: r.notApplicable ? null : r.targetLevel,
      targetYear: r.notApplicable ? null : r.targetYear,
    })),
  };
}
