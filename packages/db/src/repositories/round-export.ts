import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { findOrganisation } from './lookups';
import { findRound, type RoundSummary } from './rounds';
import {
  areas,
  assessments,
  baseRequirements,
  capabilities,
  capacityCompetences,
  capacityDemand,
  capacityReports,
  submissions,
  units,
} from '../schema/index';

/** Everything reported in a round, as flat rows: what ITD exports for spreadsheets and archives. */
export async function loadRoundExport(db: Database, organisationSlug: string, roundCode: string) {
  const org = await findOrganisation(db, organisationSlug);
  const { id: roundId, frameworkId: _f, ...round } = await findRound(db, org.id, roundCode);
  const [assessmentRows, submissionRows, competenceRows, demandRows, requirementRows, planning] =
    await Promise.all([
      db
        .select({
          unit: units.slug,
          unitName: units.name,
          area: areas.code,
          capability: capabilities.code,
          capabilityName: capabilities.name,
          selfRating: assessments.selfRating,
          validatedRating: assessments.validatedRating,
          notApplicable: assessments.notApplicable,
          targetLevel: assessments.targetLevel,
          targetYear: assessments.targetYear,
          confidence: assessments.confidence,
          evidenceText: assessments.evidenceText,
          evidenceLink: assessments.evidenceLink,
          evidenceOwner: assessments.evidenceOwner,
          evidenceDate: assessments.evidenceDate,
          comment: assessments.comment,
          validationComment: assessments.validationComment,
          confirmed: assessments.confirmed,
          version: assessments.version,
          updatedBy: assessments.updatedBy,
        })
        .from(assessments)
        .innerJoin(units, eq(units.id, assessments.unitId))
        .innerJoin(capabilities, eq(capabilities.id, assessments.capabilityId))
        .innerJoin(areas, eq(areas.id, capabilities.areaId))
        .where(eq(assessments.roundId, roundId))
        .orderBy(asc(units.sortOrder), asc(areas.sortOrder), asc(capabilities.sortOrder)),
      db
        .select({
          unit: units.slug,
          status: submissions.status,
          submittedAt: submissions.submittedAt,
          submittedBy: submissions.submittedBy,
          validatedAt: submissions.validatedAt,
          validatedBy: submissions.validatedBy,
        })
        .from(submissions)
        .innerJoin(units, eq(units.id, submissions.unitId))
        .where(eq(submissions.roundId, roundId))
        .orderBy(asc(units.sortOrder)),
      db
        .select({
          unit: units.slug,
          area: capacityCompetences.area,
          fte: capacityCompetences.fte,
          level: capacityCompetences.level,
        })
        .from(capacityCompetences)
        .innerJoin(capacityReports, eq(capacityReports.id, capacityCompetences.reportId))
        .innerJoin(units, eq(units.id, capacityReports.unitId))
        .where(eq(capacityReports.roundId, roundId))
        .orderBy(asc(units.sortOrder), asc(capacityCompetences.area)),
      db
        .select({
          unit: units.slug,
          area: capacityDemand.area,
          year: capacityDemand.year,
          fte: capacityDemand.fte,
        })
        .from(capacityDemand)
        .innerJoin(capacityReports, eq(capacityReports.id, capacityDemand.reportId))
        .innerJoin(units, eq(units.id, capacityReports.unitId))
        .where(eq(capacityReports.roundId, roundId))
        .orderBy(asc(units.sortOrder), asc(capacityDemand.area), asc(capacityDemand.year)),
      db
        .select({
          unit: units.slug,
          capability: capabilities.code,
          requiredLevel: baseRequirements.requiredLevel,
        })
        .from(baseRequirements)
        .innerJoin(capacityReports, eq(capacityReports.id, baseRequirements.reportId))
        .innerJoin(units, eq(units.id, capacityReports.unitId))
        .innerJoin(capabilities, eq(capabilities.id, baseRequirements.capabilityId))
        .where(eq(capacityReports.roundId, roundId))
        .orderBy(asc(units.sortOrder), asc(capabilities.sortOrder)),
      db
        .select({ unit: units.slug, planningFte: capacityReports.planningFte })
        .from(capacityReports)
        .innerJoin(units, eq(units.id, capacityReports.unitId))
        .where(and(eq(capacityReports.roundId, roundId)))
        .orderBy(asc(units.sortOrder)),
    ]);
  return {
    organisation: { slug: org.slug, name: org.name },
    round: round satisfies RoundSummary,
    assessments: assessmentRows,
    submissions: submissionRows,
    planning,
    competences: competenceRows,
    demand: demandRows,
    baseRequirements: requirementRows,
  };
}

export type RoundExport = Awaited<ReturnType<typeof loadRoundExport>>;
