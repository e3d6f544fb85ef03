import { and, eq, inArray } from 'drizzle-orm';
import {
  ConflictError,
  countAnswered,
  InvalidError,
  isEditableByUnit,
  type SelfReportFields,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { saveAssessment } from './assessments';
import { appendAudit, auditOf, type Actor } from './audit';
import { isActiveCapability } from './framework';
import { toAssessmentFields } from './maturity';
import { hasCapacityReport } from './report-form';
import { checkSubmissionVersion, lockReport, moveSubmission } from './submissions';
import { assessments, capabilities } from '../schema/index';

export interface ReportKey {
  roundCode: string;
  /** From the session for a reporter, never from input. */
  unitSlug: string;
}

/** Locks the unit's report for a change by the unit: the round must be open and the report not with ITD. */
export async function lockForUnit(tx: Database, actor: Actor, key: ReportKey) {
  const locked = await lockReport(
    tx,
    { organisationSlug: actor.organisationSlug, ...key },
    { create: true, at: actor.at },
  );
  if (locked.round.status !== 'open')
    throw new ConflictError('round closed', { reason: 'roundClosed' });
  if (!isEditableByUnit(locked.submission?.status ?? null)) {
    throw new ConflictError('report is with ITD', { reason: 'submitted' });
  }
  return locked;
}

async function progressOf(tx: Database, roundId: number, unitId: number) {
  const rows = await tx
    .select({
      selfRating: assessments.selfRating,
      notApplicable: assessments.notApplicable,
      confirmed: assessments.confirmed,
    })
    .from(assessments)
    .innerJoin(capabilities, eq(capabilities.id, assessments.capabilityId))
    .where(
      and(eq(assessments.roundId, roundId), eq(assessments.unitId, unitId), isActiveCapability()),
    );
  return countAnswered(rows);
}

/** The unit saves its answer for one capability (a draft until submitted). */
export async function saveSelfReport(
  db: Database,
  actor: Actor,
  input: ReportKey & { capabilityCode: string; expectedVersion: number; fields: SelfReportFields },
) {
  return db.transaction(async (tx) => {
    const { round, unit } = await lockForUnit(tx, actor, input);
    const [row] = await tx
      .select({ a: assessments })
      .from(assessments)
      .innerJoin(capabilities, eq(capabilities.id, assessments.capabilityId))
      .where(
        and(
          eq(assessments.roundId, round.id),
          eq(assessments.unitId, unit.id),
          eq(capabilities.code, input.capabilityCode),
        ),
      );
    if (!row) throw new InvalidError('capabilityCode', 'unknownCapability');
    const current = toAssessmentFields(row.a);
    const saved = await saveAssessment(tx, {
      organisationSlug: actor.organisationSlug,
      roundCode: input.roundCode,
      unitSlug: input.unitSlug,
      capabilityCode: input.capabilityCode,
      expectedVersion: input.expectedVersion,
      fields: {
        ...input.fields,
        // ITD's part stays ITD's; "not applicable" leaves nothing to validate.
        validatedRating: input.fields.notApplicable ? null : current.validatedRating,
        validationComment: current.validationComment,
      },
      changedBy: actor.label,
      at: actor.at,
      confirm: true,
    });
    await appendAudit(tx, {
      ...auditOf(actor, 'assessment'),
      action: 'report.save',
      entityKey: `${input.roundCode}/${input.unitSlug}/${input.capabilityCode}`,
      summary: { changes: saved.changes },
    });
    return { version: saved.version, progress: await progressOf(tx, round.id, unit.id) };
  });
}

/**
 * "Unchanged since last round" for many capabilities at once: all or nothing. Capabilities with
 * nothing carried over are skipped, since there is nothing to confirm.
 */
export async function confirmUnchanged(
  db: Database,
  actor: Actor,
  input: ReportKey & { items: { capabilityCode: string; version: number }[] },
) {
  return db.transaction(async (tx) => {
    const { round, unit } = await lockForUnit(tx, actor, input);
    const rows = await tx
      .select({ a: assessments, code: capabilities.code })
      .from(assessments)
      .innerJoin(capabilities, eq(capabilities.id, assessments.capabilityId))
      .where(
        and(
          eq(assessments.roundId, round.id),
          eq(assessments.unitId, unit.id),
          inArray(
            capabilities.code,
            input.items.map((i) => i.capabilityCode),
          ),
        ),
      )
      .for('update', { of: assessments });
    const stale = input.items.filter(
      (i) => rows.find((r) => r.code === i.capabilityCode)?.a.version !== i.version,
    );
    if (stale.length > 0) {
      throw new ConflictError('answers changed since they were read', {
        stale: stale.map((s) => s.capabilityCode),
      });
    }
    const confirmable = rows.filter(
      (r) => !r.a.confirmed && (r.a.notApplicable || r.a.selfRating !== null),
    );
    for (const { a } of confirmable) {
      await tx
        .update(assessments)
        .set({ confirmed: true, version: a.version + 1, updatedBy: actor.label })
        .where(eq(assessments.id, a.id));
    }
    const confirmed = confirmable.map((r) => r.code);
    await appendAudit(tx, {
      ...auditOf(actor, 'report'),
      action: 'report.confirmUnchanged',
      entityKey: `${input.roundCode}/${input.unitSlug}`,
      summary: { confirmed },
    });
    return {
      confirmed,
      skipped: input.items.map((i) => i.capabilityCode).filter((c) => !confirmed.includes(c)),
      progress: await progressOf(tx, round.id, unit.id),
    };
  });
}

/**
 * Submits the unit's report to ITD. Idempotent: a double click or a retried request finds it
 * already submitted and gets the same submission back, with no second entry anywhere.
 */
export async function submitReport(
  db: Database,
  actor: Actor,
  input: ReportKey & { expectedVersion: number; at: Date },
) {
  return db.transaction(async (tx) => {
    const { round, unit, submission } = await lockReport(
      tx,
      { organisationSlug: actor.organisationSlug, ...input },
      { create: false },
    );
    if (submission && (submission.status === 'submitted' || submission.status === 'validated')) {
      return { state: submission.status, version: submission.version };
    }
    if (round.status !== 'open') throw new ConflictError('round closed', { reason: 'roundClosed' });
    const progress = await progressOf(tx, round.id, unit.id);
    if (!submission || progress.answered < progress.total) {
      throw new InvalidError('progress', 'incomplete');
    }
    // The capacity part answers Q2; a report without it is not complete either.
    if (!(await hasCapacityReport(tx, round.id, unit.id))) {
      throw new InvalidError('capacity', 'capacityMissing');
    }
    checkSubmissionVersion(submission, input.expectedVersion);
    return moveSubmission(tx, actor, submission, {
      action: 'report.submit',
      key: input,
      change: {
        status: 'submitted',
        submittedAt: input.at.toISOString(),
        submittedBy: actor.label,
      },
    });
  });
}
