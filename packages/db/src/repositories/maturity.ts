import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { NotFoundError, type AssessmentFact, type MaturityData } from '@lagesbild/domain';
import type { Database } from '../client';
import { roundsReadBy } from './basis-round';
import { findOrganisation } from './lookups';
import {
  areas,
  assessments,
  boards,
  capabilities,
  frameworks,
  rounds,
  units,
} from '../schema/index';
import type { organisations } from '../schema/index';

/**
 * Everything the maturity views are computed from, for one organisation's current framework.
 * Retired capabilities are left out of the current picture unless asked for (a capability's own
 * page shows its whole history).
 */
export async function loadMaturityData(
  db: Database,
  organisationSlug: string,
  options: MaturityOptions = {},
): Promise<MaturityData> {
  const { org, key } = await findFrameKey(db, organisationSlug, options);
  const [data, facts] = await Promise.all([
    loadFrameData(db, org, key),
    loadAssessmentFacts(db, key),
  ]);
  return { ...data, facts };
}

export interface MaturityOptions {
  includeRetired?: boolean;
}

/** Whose facts: the organisation and its current framework. */
export interface MaturityFrameKey {
  organisationId: number;
  frameworkId: number;
  includeRetired: boolean;
}

/** The organisation, its current framework and what the maturity views show, without any facts. */
export interface MaturityFrame extends MaturityFrameKey {
  data: Omit<MaturityData, 'facts'>;
}

/** loadMaturityData without the assessments, so a view can load only the rounds' facts it needs. */
export async function loadMaturityFrame(
  db: Database,
  organisationSlug: string,
  options: MaturityOptions = {},
): Promise<MaturityFrame> {
  const { org, key } = await findFrameKey(db, organisationSlug, options);
  return { ...key, data: await loadFrameData(db, org, key) };
}

async function findFrameKey(
  db: Database,
  organisationSlug: string,
  { includeRetired = false }: MaturityOptions,
) {
  const org = await findOrganisation(db, organisationSlug);
  const [framework] = await db
    .select()
    .from(frameworks)
    .where(eq(frameworks.organisationId, org.id))
    .orderBy(desc(frameworks.id))
    .limit(1);
  if (!framework) throw new NotFoundError('framework', organisationSlug);
  const key: MaturityFrameKey = {
    organisationId: org.id,
    frameworkId: framework.id,
    includeRetired,
  };
  return { org, key };
}

async function loadFrameData(
  db: Database,
  org: typeof organisations.$inferSelect,
  { frameworkId, includeRetired }: MaturityFrameKey,
): Promise<Omit<MaturityData, 'facts'>> {
  const [roundRows, areaRows, capabilityRows, unitRows] = await Promise.all([
    db
      .select({
        code: rounds.code,
        startsOn: rounds.startsOn,
        endsOn: rounds.endsOn,
        status: rounds.status,
      })
      .from(rounds)
      // The board's rounds (closed ones): an open round is still being reported.
      .where(and(roundsReadBy(org.id), eq(rounds.frameworkId, frameworkId)))
      .orderBy(asc(rounds.startsOn)),
    db
      .select({ code: areas.code, name: areas.name })
      .from(areas)
      .where(
        and(
          eq(areas.frameworkId, frameworkId),
          includeRetired ? undefined : isNull(areas.retiredInVersion),
        ),
      )
      .orderBy(asc(areas.sortOrder), asc(areas.id)),
    db
      .select({
        code: capabilities.code,
        name: capabilities.name,
        description: capabilities.description,
        areaCode: areas.code,
      })
      .from(capabilities)
      .innerJoin(areas, eq(areas.id, capabilities.areaId))
      // The current picture: a retired capability's history stays on its own page and in exports.
      .where(and(eq(capabilities.frameworkId, frameworkId), activeOnly(includeRetired)))
      .orderBy(asc(areas.sortOrder), asc(capabilities.sortOrder), asc(capabilities.id)),
    db
      .select({ slug: units.slug, name: units.name, kind: units.kind, board: boards.name })
      .from(units)
      .innerJoin(boards, eq(boards.id, units.boardId))
      .where(eq(units.organisationId, org.id))
      .orderBy(asc(units.sortOrder), asc(units.id)),
  ]);

  return {
    organisation: { slug: org.slug, name: org.name, isDemo: org.isDemo, asOfDate: org.asOfDate },
    rounds: roundRows,
    areas: areaRows,
    capabilities: capabilityRows,
    units: unitRows,
  };
}

const activeOnly = (includeRetired: boolean) =>
  includeRetired ? undefined : isNull(capabilities.retiredInVersion);

/** The closed rounds' assessments of the frame, or only those of the named rounds. */
export async function loadAssessmentFacts(
  db: Database,
  frame: MaturityFrameKey,
  roundCodes?: readonly string[],
): Promise<AssessmentFact[]> {
  if (roundCodes?.length === 0) return [];
  return db
    .select({
      roundCode: rounds.code,
      unitSlug: units.slug,
      capabilityCode: capabilities.code,
      selfRating: assessments.selfRating,
      validatedRating: assessments.validatedRating,
      notApplicable: assessments.notApplicable,
      targetLevel: assessments.targetLevel,
      targetYear: assessments.targetYear,
    })
    .from(assessments)
    .innerJoin(rounds, eq(rounds.id, assessments.roundId))
    .innerJoin(units, eq(units.id, assessments.unitId))
    .innerJoin(capabilities, eq(capabilities.id, assessments.capabilityId))
    .where(
      and(
        // The board's rounds (closed ones): an open round is still being reported.
        roundsReadBy(frame.organisationId),
        eq(rounds.frameworkId, frame.frameworkId),
        roundCodes ? inArray(rounds.code, [...roundCodes]) : undefined,
        activeOnly(frame.includeRetired),
      ),
    );
}

export function toAssessmentFields(a: typeof assessments.$inferSelect) {
  return {
    selfRating: a.selfRating,
    validatedRating: a.validatedRating,
    targetLevel: a.targetLevel,
    targetYear: a.targetYear,
    notApplicable: a.notApplicable,
    evidence: {
      text: a.evidenceText,
      link: a.evidenceLink,
      owner: a.evidenceOwner,
      date: a.evidenceDate,
    },
    confidence: a.confidence,
    comment: a.comment,
    validationComment: a.validationComment,
  };
}
