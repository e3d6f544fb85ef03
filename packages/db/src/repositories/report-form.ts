import { and, asc, desc, eq, lt } from 'drizzle-orm';
import { countAnswered, isEditableByUnit, type ReportForm } from '@lagesbild/domain';
import type { Database } from '../client';
import { isActiveCapability } from './framework';
import { findOrganisation, findUnit } from './lookups';
import { toAssessmentFields } from './maturity';
import { findRound } from './rounds';
import {
  areas,
  assessments,
  capacityReports,
  capabilities,
  levelDescriptors,
  rounds,
  scaleSteps,
  submissions,
} from '../schema/index';

/** A unit's form for a round: each capability with its descriptors, answers and last round's rating. */
export async function loadReportForm(
  db: Database,
  organisationSlug: string,
  roundCode: string,
  unitSlug: string,
): Promise<ReportForm> {
  const org = await findOrganisation(db, organisationSlug);
  const { id: roundId, frameworkId, ...round } = await findRound(db, org.id, roundCode);
  const unit = await findUnit(db, org.id, unitSlug);
  const [previousRound] = await db
    .select({ id: rounds.id, code: rounds.code })
    .from(rounds)
    .where(
      and(
        eq(rounds.organisationId, org.id),
        eq(rounds.frameworkId, frameworkId),
        lt(rounds.startsOn, round.startsOn),
      ),
    )
    .orderBy(desc(rounds.startsOn))
    .limit(1);

  const [rows, previousRows, descriptorRows, [submission], capacity] = await Promise.all([
    db
      .select({
        a: assessments,
        capabilityCode: capabilities.code,
        capabilityName: capabilities.name,
        description: capabilities.description,
        areaCode: areas.code,
        areaName: areas.name,
      })
      .from(assessments)
      .innerJoin(capabilities, eq(capabilities.id, assessments.capabilityId))
      .innerJoin(areas, eq(areas.id, capabilities.areaId))
      .where(
        and(
          eq(assessments.roundId, roundId),
          eq(assessments.unitId, unit.id),
          isActiveCapability(),
        ),
      )
      .orderBy(asc(areas.sortOrder), asc(capabilities.sortOrder), asc(capabilities.id)),
    previousRound
      ? db
          .select({
            capabilityId: assessments.capabilityId,
            selfRating: assessments.selfRating,
            validatedRating: assessments.validatedRating,
            notApplicable: assessments.notApplicable,
          })
          .from(assessments)
          .where(and(eq(assessments.roundId, previousRound.id), eq(assessments.unitId, unit.id)))
      : Promise.resolve([]),
    db
      .select({
        capabilityId: levelDescriptors.capabilityId,
        level: levelDescriptors.level,
        name: scaleSteps.name,
        descriptor: levelDescriptors.descriptor,
      })
      .from(levelDescriptors)
      .innerJoin(capabilities, eq(capabilities.id, levelDescriptors.capabilityId))
      .innerJoin(
        scaleSteps,
        and(
          eq(scaleSteps.frameworkId, capabilities.frameworkId),
          eq(scaleSteps.level, levelDescriptors.level),
        ),
      )
      .where(eq(capabilities.frameworkId, frameworkId))
      .orderBy(asc(levelDescriptors.level)),
    db
      .select()
      .from(submissions)
      .where(and(eq(submissions.roundId, roundId), eq(submissions.unitId, unit.id))),
    hasCapacityReport(db, roundId, unit.id),
  ]);

  const status = submission?.status ?? null;
  return {
    round,
    previousRoundCode: previousRound?.code ?? null,
    unit: { slug: unit.slug, name: unit.name },
    submission: {
      state: status ?? 'notStarted',
      version: submission?.version ?? null,
      submittedAt: submission?.submittedAt ? new Date(submission.submittedAt).toISOString() : null,
      submittedBy: submission?.submittedBy ?? null,
      returnMessage: status === 'returned' ? (submission?.returnMessage ?? null) : null,
    },
    editable: round.status === 'open' && isEditableByUnit(status),
    progress: countAnswered(rows.map((r) => r.a)),
    capacitySaved: capacity,
    items: rows.map(({ a, ...cap }) => {
      const previous = previousRows.find((p) => p.capabilityId === a.capabilityId);
      const { validatedRating, validationComment, ...fields } = toAssessmentFields(a);
      return {
        ...cap,
        levels: descriptorRows
          .filter((d) => d.capabilityId === a.capabilityId)
          .map(({ capabilityId: _c, ...d }) => d),
        version: a.version,
        confirmed: a.confirmed,
        ...fields,
        validatedRating,
        validationComment,
        previous: previous
          ? {
              selfRating: previous.selfRating,
              validatedRating: previous.validatedRating,
              notApplicable: previous.notApplicable,
            }
          : null,
      };
    }),
  };
}

/** Whether the unit has saved a capacity report in the round. */
export async function hasCapacityReport(db: Database, roundId: number, unitId: number) {
  const [row] = await db
    .select({ id: capacityReports.id })
    .from(capacityReports)
    .where(and(eq(capacityReports.roundId, roundId), eq(capacityReports.unitId, unitId)));
  return row !== undefined;
}
