import { and, eq } from 'drizzle-orm';
import { ConflictError, InvalidError, needsValidationComment } from '@lagesbild/domain';
import type { Database } from '../client';
import { saveAssessment } from './assessments';
import { appendAudit, auditOf, type Actor } from './audit';
import { isActiveCapability } from './framework';
import { toAssessmentFields } from './maturity';
import { checkSubmissionVersion, lockReport, moveSubmission } from './submissions';
import { assessments, capabilities } from '../schema/index';

export interface ReviewKey {
  roundCode: string;
  unitSlug: string;
}

function entityKeyOf(key: ReviewKey) {
  return `${key.roundCode}/${key.unitSlug}`;
}

/** A submitted report in an open round, locked for ITD's decision. */
async function lockSubmitted(tx: Database, actor: Actor, key: ReviewKey, expectedVersion: number) {
  const locked = await lockReport(
    tx,
    { organisationSlug: actor.organisationSlug, ...key },
    { create: false },
  );
  if (locked.round.status !== 'open') {
    throw new ConflictError('round closed', { reason: 'roundClosed' });
  }
  if (!locked.submission || locked.submission.status === 'draft') {
    throw new ConflictError('report not submitted', { reason: 'notSubmitted' });
  }
  checkSubmissionVersion(locked.submission, expectedVersion);
  return { ...locked, submission: locked.submission };
}

async function loadRows(tx: Database, roundId: number, unitId: number) {
  return tx
    .select({ a: assessments, code: capabilities.code })
    .from(assessments)
    .innerJoin(capabilities, eq(capabilities.id, assessments.capabilityId))
    .where(
      and(eq(assessments.roundId, roundId), eq(assessments.unitId, unitId), isActiveCapability()),
    );
}

/**
 * ITD's validated rating for one capability. In an open round the report must be submitted; in a
 * closed round (a frozen snapshot) only with a stated reason, which the audit log keeps.
 */
export async function saveValidation(
  db: Database,
  actor: Actor,
  input: ReviewKey & {
    capabilityCode: string;
    expectedVersion: number;
    validatedRating: number | null;
    validationComment: string | null;
    reason?: string;
  },
) {
  return db.transaction(async (tx) => {
    const { round, unit, submission } = await lockReport(
      tx,
      { organisationSlug: actor.organisationSlug, ...input },
      { create: false },
    );
    if (round.status === 'closed' && !input.reason)
      throw new InvalidError('reason', 'reasonRequired');
    if (round.status === 'open' && submission?.status !== 'submitted') {
      throw new ConflictError('report not submitted', { reason: 'notSubmitted' });
    }
    const row = (await loadRows(tx, round.id, unit.id)).find(
      (r) => r.code === input.capabilityCode,
    );
    if (!row) throw new InvalidError('capabilityCode', 'unknownCapability');
    const current = toAssessmentFields(row.a);
    if (current.notApplicable && input.validatedRating !== null) {
      throw new InvalidError('validatedRating', 'notApplicable');
    }
    const next = {
      ...current,
      validatedRating: input.validatedRating,
      validationComment: input.validationComment?.trim() || null,
    };
    if (needsValidationComment(next)) {
      throw new InvalidError('validationComment', 'validationCommentRequired');
    }
    const saved = await saveAssessment(tx, {
      organisationSlug: actor.organisationSlug,
      roundCode: input.roundCode,
      unitSlug: input.unitSlug,
      capabilityCode: input.capabilityCode,
      expectedVersion: input.expectedVersion,
      fields: next,
      changedBy: actor.label,
      at: actor.at,
    });
    await appendAudit(tx, {
      ...auditOf(actor, 'assessment'),
      action: round.status === 'closed' ? 'review.changeAfterClose' : 'review.save',
      entityKey: `${entityKeyOf(input)}/${input.capabilityCode}`,
      summary: { changes: saved.changes, ...(input.reason ? { reason: input.reason } : {}) },
    });
    return { version: saved.version };
  });
}

/** Takes the unit's own rating as validated wherever ITD has not yet set one. */
export async function acceptSelfRatings(
  db: Database,
  actor: Actor,
  input: ReviewKey & { expectedVersion: number },
) {
  return db.transaction(async (tx) => {
    const { round, unit } = await lockSubmitted(tx, actor, input, input.expectedVersion);
    const open = (await loadRows(tx, round.id, unit.id)).filter(
      (r) => !r.a.notApplicable && r.a.selfRating !== null && r.a.validatedRating === null,
    );
    for (const { a, code } of open) {
      await saveAssessment(tx, {
        organisationSlug: actor.organisationSlug,
        roundCode: input.roundCode,
        unitSlug: input.unitSlug,
        capabilityCode: code,
        expectedVersion: a.version,
        fields: { ...toAssessmentFields(a), validatedRating: a.selfRating },
        changedBy: actor.label,
        at: actor.at,
      });
    }
    await appendAudit(tx, {
      ...auditOf(actor, 'report'),
      action: 'review.acceptSelfRatings',
      entityKey: entityKeyOf(input),
      summary: { accepted: open.map((r) => r.code) },
    });
    return { accepted: open.length };
  });
}

/** Approves a submitted report: every applicable capability validated, every difference explained. */
export async function approveReport(
  db: Database,
  actor: Actor,
  input: ReviewKey & { expectedVersion: number; at: Date },
) {
  return db.transaction(async (tx) => {
    const locked = await lockReport(
      tx,
      { organisationSlug: actor.organisationSlug, ...input },
      { create: false },
    );
    // Idempotent like submit: approving twice approves once.
    if (locked.submission?.status === 'validated') {
      return { state: locked.submission.status, version: locked.submission.version };
    }
    const { round, unit, submission } = await lockSubmitted(
      tx,
      actor,
      input,
      input.expectedVersion,
    );
    if (submission.status !== 'submitted') {
      throw new ConflictError('report not submitted', { reason: 'notSubmitted' });
    }
    const rows = (await loadRows(tx, round.id, unit.id)).map((r) => toAssessmentFields(r.a));
    if (rows.some((r) => !r.notApplicable && r.validatedRating === null)) {
      throw new InvalidError('progress', 'notAllValidated');
    }
    if (rows.some(needsValidationComment)) {
      throw new InvalidError('validationComment', 'validationCommentRequired');
    }
    return moveSubmission(tx, actor, submission, {
      action: 'review.approve',
      key: input,
      change: {
        status: 'validated',
        validatedAt: input.at.toISOString(),
        validatedBy: actor.label,
      },
    });
  });
}

/** Sends a submitted (or validated) report back to the unit with a message; it can edit again. */
export async function returnReport(
  db: Database,
  actor: Actor,
  input: ReviewKey & { expectedVersion: number; message: string; at: Date },
) {
  return db.transaction(async (tx) => {
    const { submission } = await lockSubmitted(tx, actor, input, input.expectedVersion);
    if (submission.status === 'returned') {
      throw new ConflictError('report already returned', { reason: 'returned' });
    }
    return moveSubmission(tx, actor, submission, {
      action: 'review.return',
      key: input,
      change: {
        status: 'returned',
        returnedAt: input.at.toISOString(),
        returnedBy: actor.label,
        returnMessage: input.message,
      },
      summary: { message: input.message },
    });
  });
}
