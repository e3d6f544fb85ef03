import { and, asc, desc, eq } from 'drizzle-orm';
import { NotFoundError, type CapabilityDetail } from '@lagesbild/domain';
import type { Database } from '../client';
import {
  areas,
  assessmentHistory,
  assessments,
  capabilities,
  capabilityAliases,
  frameworks,
  levelDescriptors,
  rounds,
  scaleSteps,
  units,
} from '../schema/index';
import { roundsReadBy } from './basis-round';
import { findOrganisation } from './lookups';
import { toAssessmentFields } from './maturity';

/** One capability's descriptors, its assessments in a round and every change made to them. */
export async function loadCapabilityDetail(
  db: Database,
  organisationSlug: string,
  capabilityCode: string,
  roundCode: string,
): Promise<CapabilityDetail> {
  const org = await findOrganisation(db, organisationSlug);
  const capability = await findCapabilityByCode(db, org.id, capabilityCode);
  if (!capability) throw new NotFoundError('capability', capabilityCode);

  // This capability's assessments in the round asked for, once the board may read it (closed).
  const inClosedRound = and(
    eq(assessments.capabilityId, capability.id),
    roundsReadBy(org.id),
    eq(rounds.code, roundCode),
  );
  const [levels, rows, history] = await Promise.all([
    db
      .select({
        level: scaleSteps.level,
        name: scaleSteps.name,
        descriptor: levelDescriptors.descriptor,
      })
      .from(levelDescriptors)
      .innerJoin(
        scaleSteps,
        and(
          eq(scaleSteps.frameworkId, capability.frameworkId),
          eq(scaleSteps.level, levelDescriptors.level),
        ),
      )
      .where(eq(levelDescriptors.capabilityId, capability.id))
      .orderBy(asc(levelDescriptors.level)),
    db
      .select({ unitSlug: units.slug, a: assessments })
      .from(assessments)
      .innerJoin(rounds, eq(rounds.id, assessments.roundId))
      .innerJoin(units, eq(units.id, assessments.unitId))
      .where(inClosedRound),
    db
      .select({
        unitSlug: units.slug,
        unitName: units.name,
        roundCode: rounds.code,
        version: assessmentHistory.version,
        changedAt: assessmentHistory.changedAt,
        changedBy: assessmentHistory.changedBy,
        changes: assessmentHistory.changes,
      })
      .from(assessmentHistory)
      .innerJoin(assessments, eq(assessments.id, assessmentHistory.assessmentId))
      .innerJoin(rounds, eq(rounds.id, assessments.roundId))
      .innerJoin(units, eq(units.id, assessments.unitId))
      .where(inClosedRound)
      .orderBy(desc(assessmentHistory.changedAt), desc(assessmentHistory.id)),
  ]);

  const { id: _id, frameworkId: _fw, ...cap } = capability;
  return {
    capability: cap,
    levels,
    assessments: rows.map(({ unitSlug, a }) => ({ unitSlug, ...toAssessmentFields(a) })),
    history: history.map((h) => ({ ...h, changedAt: new Date(h.changedAt).toISOString() })),
  };
}

/**
 * A capability by its code, or by an old code it had before a rename: links, bookmarks and files
 * made before a new framework version still find it. The newest framework wins.
 */
async function findCapabilityByCode(db: Database, organisationId: number, code: string) {
  const columns = {
    id: capabilities.id,
    frameworkId: capabilities.frameworkId,
    code: capabilities.code,
    name: capabilities.name,
    description: capabilities.description,
    areaCode: areas.code,
  };
  const [byCode] = await db
    .select(columns)
    .from(capabilities)
    .innerJoin(areas, eq(areas.id, capabilities.areaId))
    .innerJoin(frameworks, eq(frameworks.id, capabilities.frameworkId))
    .where(and(eq(frameworks.organisationId, organisationId), eq(capabilities.code, code)))
    .orderBy(desc(frameworks.id))
    .limit(1);
  if (byCode) return byCode;
  const [byAlias] = await db
    .select(columns)
    .from(capabilityAliases)
    .innerJoin(capabilities, eq(capabilities.id, capabilityAliases.capabilityId))
    .innerJoin(areas, eq(areas.id, capabilities.areaId))
    .innerJoin(frameworks, eq(frameworks.id, capabilityAliases.frameworkId))
    .where(and(eq(frameworks.organisationId, organisationId), eq(capabilityAliases.code, code)))
    .orderBy(desc(frameworks.id))
    .limit(1);
  return byAlias ?? null;
}
