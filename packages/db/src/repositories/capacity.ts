import { and, asc, desc, eq, lt } from 'drizzle-orm';
import {
  ConflictError,
  InvalidError,
  isEditableByUnit,
  type CapacityForm,
  type CapacityReport,
  type CompetenceArea,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { appendAudit, auditOf, type Actor } from './audit';
import { isActiveCapability } from './framework';
import { findOrganisation } from './lookups';
import { findUnit } from './lookups';
import { lockForUnit, type ReportKey } from './report-writes';
import { findRound } from './rounds';
import {
  areas,
  baseRequirements,
  capabilities,
  capacityCompetences,
  capacityDemand,
  capacityReports,
  rounds,
  submissions,
} from '../schema/index';
import { mapCapabilityIds } from './code-ids';

async function readReport(
  db: Database,
  reportId: number,
  planningFte: number,
): Promise<CapacityReport> {
  const [competences, demand, requirements] = await Promise.all([
    db
      .select({
        area: capacityCompetences.area,
        fte: capacityCompetences.fte,
        level: capacityCompetences.level,
      })
      .from(capacityCompetences)
      .where(eq(capacityCompetences.reportId, reportId))
      .orderBy(asc(capacityCompetences.area)),
    db
      .select({ area: capacityDemand.area, year: capacityDemand.year, fte: capacityDemand.fte })
      .from(capacityDemand)
      .where(eq(capacityDemand.reportId, reportId))
      .orderBy(asc(capacityDemand.area), asc(capacityDemand.year)),
    db
      .select({ capabilityCode: capabilities.code, requiredLevel: baseRequirements.requiredLevel })
      .from(baseRequirements)
      .innerJoin(capabilities, eq(capabilities.id, baseRequirements.capabilityId))
      // A retired capability has no base requirement to keep; the round export still has it.
      .where(and(eq(baseRequirements.reportId, reportId), isActiveCapability()))
      .orderBy(asc(capabilities.sortOrder)),
  ]);
  return {
    planningFte,
    competences: competences.map((c) => ({ ...c, area: c.area as CompetenceArea })),
    demand: demand.map((d) => ({ ...d, area: d.area as CompetenceArea })),
    baseRequirements: requirements,
  };
}

async function findReportRow(db: Database, roundId: number, unitId: number) {
  const [row] = await db
    .select()
    .from(capacityReports)
    .where(and(eq(capacityReports.roundId, roundId), eq(capacityReports.unitId, unitId)));
  return row ?? null;
}

/** A unit's capacity report for a round, with last round's to start from. */
export async function loadCapacityForm(
  db: Database,
  organisationSlug: string,
  roundCode: string,
  unitSlug: string,
): Promise<CapacityForm> {
  const org = await findOrganisation(db, organisationSlug);
  const round = await findRound(db, org.id, roundCode);
  const unit = await findUnit(db, org.id, unitSlug);
  const [row, [previousRound], capabilityRows, [submission]] = await Promise.all([
    findReportRow(db, round.id, unit.id),
    db
      .select({ id: rounds.id, code: rounds.code })
      .from(rounds)
      .where(and(eq(rounds.organisationId, org.id), lt(rounds.startsOn, round.startsOn)))
      .orderBy(desc(rounds.startsOn))
      .limit(1),
    db
      .select({ code: capabilities.code, name: capabilities.name, areaName: areas.name })
      .from(capabilities)
      .innerJoin(areas, eq(areas.id, capabilities.areaId))
      .where(and(eq(capabilities.frameworkId, round.frameworkId), isActiveCapability()))
      .orderBy(asc(areas.sortOrder), asc(capabilities.sortOrder)),
    db
      .select({ status: submissions.status })
      .from(submissions)
      .where(and(eq(submissions.roundId, round.id), eq(submissions.unitId, unit.id))),
  ]);
  const previousRow = previousRound ? await findReportRow(db, previousRound.id, unit.id) : null;
  return {
    roundCode: round.code,
    unit: { slug: unit.slug, name: unit.name },
    version: row?.version ?? 0,
    editable: round.status === 'open' && isEditableByUnit(submission?.status ?? null),
    report: row ? await readReport(db, row.id, row.planningFte) : null,
    previous:
      previousRound && previousRow
        ? {
            roundCode: previousRound.code,
            report: await readReport(db, previousRow.id, previousRow.planningFte),
          }
        : null,
    capabilities: capabilityRows,
    updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
    updatedBy: row?.updatedBy ?? null,
  };
}

function totalOf(report: CapacityReport) {
  const sum = (xs: { fte: number }[]) => Math.round(xs.reduce((s, x) => s + x.fte, 0) * 100) / 100;
  return {
    planningFte: report.planningFte,
    competenceFte: sum(report.competences),
    demandFte: sum(report.demand),
    baseRequirements: report.baseRequirements.length,
  };
}

/** Saves the unit's whole capacity report at once, against the version it was read at. */
export async function saveCapacity(
  db: Database,
  actor: Actor,
  input: ReportKey & { expectedVersion: number; report: CapacityReport },
): Promise<{ version: number }> {
  return db.transaction(async (tx) => {
    const { round, unit } = await lockForUnit(tx, actor, input);
    const [current] = await tx
      .select()
      .from(capacityReports)
      .where(and(eq(capacityReports.roundId, round.id), eq(capacityReports.unitId, unit.id)))
      .for('update');
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== input.expectedVersion) {
      throw new ConflictError('capacity report changed since it was read', {
        currentVersion,
        current: current ? await readReport(tx, current.id, current.planningFte) : null,
      });
    }
    const capabilityIds = await mapCapabilityIds(tx, round.frameworkId);
    input.report.baseRequirements.forEach((b, i) => {
      if (!capabilityIds.has(b.capabilityCode)) {
        throw new InvalidError(`report.baseRequirements.${i}.capabilityCode`, 'unknownCapability');
      }
    });
    const before = current ? totalOf(await readReport(tx, current.id, current.planningFte)) : null;
    const values = {
      planningFte: input.report.planningFte,
      version: currentVersion + 1,
      updatedAt: actor.at.toISOString(),
      updatedBy: actor.label,
    };
    const [saved] = current
      ? await tx
          .update(capacityReports)
          .set(values)
          .where(eq(capacityReports.id, current.id))
          .returning({ id: capacityReports.id })
      : await tx
          .insert(capacityReports)
          .values({ roundId: round.id, unitId: unit.id, ...values })
          .returning({ id: capacityReports.id });
    const reportId = saved!.id;
    await tx.delete(capacityCompetences).where(eq(capacityCompetences.reportId, reportId));
    await tx.delete(capacityDemand).where(eq(capacityDemand.reportId, reportId));
    await tx.delete(baseRequirements).where(eq(baseRequirements.reportId, reportId));
    const { competences, demand, baseRequirements: requirements } = input.report;
    if (competences.length) {
      await tx.insert(capacityCompetences).values(competences.map((c) => ({ reportId, ...c })));
    }
    if (demand.length)
      await tx.insert(capacityDemand).values(demand.map((d) => ({ reportId, ...d })));
    if (requirements.length) {
      await tx.insert(baseRequirements).values(
        requirements.map((b) => ({
          reportId,
          capabilityId: capabilityIds.get(b.capabilityCode)!,
          requiredLevel: b.requiredLevel,
        })),
      );
    }
    await appendAudit(tx, {
      ...auditOf(actor, 'capacity'),
      action: 'capacity.save',
      entityKey: `${input.roundCode}/${input.unitSlug}`,
      summary: { before, after: totalOf(input.report) },
    });
    return { version: values.version };
  });
}
