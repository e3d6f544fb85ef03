import { and, eq, inArray } from 'drizzle-orm';
import { ConflictError, type CapacityReport, type SelfReportFields } from '@lagesbild/domain';
import type { Database } from '../client';
import { appendAudit, auditOf, type Actor } from './audit';
import { saveCapacity } from './capacity';
import { findOrganisation } from './lookups';
import { findUnit } from './lookups';
import { lockForUnit, saveSelfReport, type ReportKey } from './report-writes';
import { findRound } from './rounds';
import { assessments, capabilities, capacityReports } from '../schema/index';

/** Who saved each answer last and when: an import preview names whose work a file would overwrite. */
export async function listReportStamps(
  db: Database,
  organisationSlug: string,
  roundCode: string,
  unitSlug: string,
) {
  const org = await findOrganisation(db, organisationSlug);
  const round = await findRound(db, org.id, roundCode);
  const unit = await findUnit(db, org.id, unitSlug);
  const [answers, [capacity]] = await Promise.all([
    db
      .select({
        capabilityCode: capabilities.code,
        version: assessments.version,
        updatedBy: assessments.updatedBy,
        updatedAt: assessments.updatedAt,
      })
      .from(assessments)
      .innerJoin(capabilities, eq(capabilities.id, assessments.capabilityId))
      .where(and(eq(assessments.roundId, round.id), eq(assessments.unitId, unit.id))),
    db
      .select({
        version: capacityReports.version,
        updatedBy: capacityReports.updatedBy,
        updatedAt: capacityReports.updatedAt,
      })
      .from(capacityReports)
      .where(and(eq(capacityReports.roundId, round.id), eq(capacityReports.unitId, unit.id))),
  ]);
  const stamp = (s: { version: number; updatedBy: string | null; updatedAt: string }) => ({
    version: s.version,
    updatedBy: s.updatedBy,
    updatedAt: new Date(s.updatedAt).toISOString(),
  });
  return {
    answers: new Map(answers.map((a) => [a.capabilityCode, stamp(a)])),
    capacity: capacity ? stamp(capacity) : null,
  };
}

export interface ReportImport {
  items: { capabilityCode: string; version: number; fields: SelfReportFields }[];
  capacity: { version: number; report: CapacityReport } | null;
  fileName: string;
}

/**
 * Saves a previewed spreadsheet import: every answer and the capacity report in one transaction,
 * each against the version the preview saw, so a save in between undoes the whole import.
 */
export async function applyReportImport(
  db: Database,
  actor: Actor,
  input: ReportKey & ReportImport,
) {
  return db.transaction(async (tx) => {
    const { round, unit } = await lockForUnit(tx, actor, input);
    const codes = input.items.map((i) => i.capabilityCode);
    const saved = codes.length
      ? await tx
          .select({ code: capabilities.code, version: assessments.version })
          .from(assessments)
          .innerJoin(capabilities, eq(capabilities.id, assessments.capabilityId))
          .where(
            and(
              eq(assessments.roundId, round.id),
              eq(assessments.unitId, unit.id),
              inArray(capabilities.code, codes),
            ),
          )
          .for('update', { of: assessments })
      : [];
    // Checked up front so the conflict names every answer that moved, not only the first.
    const stale = input.items
      .filter((i) => {
        const version = saved.find((s) => s.code === i.capabilityCode)?.version;
        return version !== undefined && version !== i.version;
      })
      .map((i) => i.capabilityCode);
    if (stale.length > 0) {
      throw new ConflictError('answers changed since the preview', { reason: 'stale', stale });
    }
    for (const item of input.items) {
      await saveSelfReport(tx, actor, {
        roundCode: input.roundCode,
        unitSlug: input.unitSlug,
        capabilityCode: item.capabilityCode,
        expectedVersion: item.version,
        fields: item.fields,
      });
    }
    if (input.capacity) {
      await saveCapacity(tx, actor, {
        roundCode: input.roundCode,
        unitSlug: input.unitSlug,
        expectedVersion: input.capacity.version,
        report: input.capacity.report,
      }).catch((error: unknown) => {
        throw error instanceof ConflictError && !error.details?.reason
          ? new ConflictError('capacity changed since the preview', { reason: 'stale' })
          : error;
      });
    }
    const counts = { answers: input.items.length, capacity: input.capacity !== null };
    await appendAudit(tx, {
      ...auditOf(actor, 'report'),
      action: 'report.import',
      entityKey: `${input.roundCode}/${input.unitSlug}`,
      summary: { fileName: input.fileName, ...counts },
    });
    return counts;
  });
}
