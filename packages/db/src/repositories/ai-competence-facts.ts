import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import {
  AI_COMPETENCE_AREAS,
  type Audience,
  type AiCompetenceArea,
  type CompetenceFact,
  type DirectionFact,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { findBasisRound, roundsReadBy } from './basis-round';
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
  /** The rounds read (up to the basis round) with capacity reports, oldest first. */
  rounds: string[];
  facts: CompetenceFact[];
  units: { slug: string; name: string; isItd: boolean }[];
  /** The round the current picture stands on: the latest closed one unless a read names another. */
  basisRound: string | null;
  directionAreas: { code: string; name: string }[];
  direction: DirectionFact[];
}

/**
 * What Q3's competence picture is computed from: the rounds the audience reads (the board's: closed
 * only; an open round is still being reported, and its half-filled totals would read as a drop), up to
 * the basis round.
 */
export async function loadAiCompetenceFacts(
  db: Database,
  organisationSlug: string,
  options: { audience?: Audience; roundCode?: string } = {},
): Promise<AiCompetenceFacts> {
  const org = await findOrganisation(db, organisationSlug);
  const latest = await findBasisRound(db, org.id, options);
  const readable = and(
    roundsReadBy(org.id, options.audience),
    latest ? lte(rounds.startsOn, latest.startsOn) : undefined,
  );
  const [unitRows, factRows, framework] = await Promise.all([
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
      .where(and(readable, inArray(capacityCompetences.area, [...AI_COMPETENCE_AREAS])))
      .orderBy(asc(rounds.startsOn), asc(units.sortOrder)),
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
    basisRound: latest?.code ?? null,
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
