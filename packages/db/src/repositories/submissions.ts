import { and, eq } from 'drizzle-orm';
import { ConflictError } from '@lagesbild/domain';
import type { Database } from '../client';
import { appendAudit, auditOf, type Actor } from './audit';
import { findOrganisation } from './lookups';
import { findUnit } from './lookups';
import { findRound } from './rounds';
import { submissions } from '../schema/index';

export type SubmissionRow = typeof submissions.$inferSelect;

/**
 * The round (locked for share, so it cannot close mid-change), the unit and its submission row
 * (locked for update; created as a draft first when `create` is set), inside the caller's transaction.
 */
export async function lockReport(
  tx: Database,
  key: { organisationSlug: string; roundCode: string; unitSlug: string },
  { create, at }: { create: boolean; at?: Date },
) {
  const org = await findOrganisation(tx, key.organisationSlug);
  const round = await findRound(tx, org.id, key.roundCode, { lock: 'share' });
  const unit = await findUnit(tx, org.id, key.unitSlug);
  if (create && round.status === 'open') {
    await tx
      .insert(submissions)
      .values({
        roundId: round.id,
        unitId: unit.id,
        status: 'draft',
        ...(at ? { updatedAt: at.toISOString() } : {}),
      })
      .onConflictDoNothing();
  }
  const [submission] = await tx
    .select()
    .from(submissions)
    .where(and(eq(submissions.roundId, round.id), eq(submissions.unitId, unit.id)))
    .for('update');
  return { org, round, unit, submission: submission ?? null };
}

/** A stale submission version is a conflict; the caller gets the current state to choose from. */
export function checkSubmissionVersion(submission: SubmissionRow, expected: number) {
  if (submission.version !== expected) {
    throw new ConflictError('report changed since it was read', {
      currentVersion: submission.version,
      current: { state: submission.status },
    });
  }
}

type SubmissionChange = Partial<
  Omit<SubmissionRow, 'id' | 'roundId' | 'unitId' | 'version' | 'updatedAt'>
> & { status: SubmissionRow['status'] };

/**
 * A report moves on (submitted, validated, returned): the row with its stamps and a new version, and
 * the audit entry with the state before and after, in the caller's transaction.
 */
export async function moveSubmission(
  tx: Database,
  actor: Actor,
  submission: SubmissionRow,
  move: {
    action: string;
    key: { roundCode: string; unitSlug: string };
    change: SubmissionChange;
    /** What else the entry keeps (the message a returned report carries). */
    summary?: Record<string, unknown>;
  },
): Promise<{ state: SubmissionRow['status']; version: number }> {
  const [updated] = await tx
    .update(submissions)
    .set({ ...move.change, version: submission.version + 1, updatedAt: actor.at.toISOString() })
    .where(eq(submissions.id, submission.id))
    .returning();
  await appendAudit(tx, {
    ...auditOf(actor, 'report'),
    action: move.action,
    entityKey: `${move.key.roundCode}/${move.key.unitSlug}`,
    summary: {
      before: { state: submission.status },
      after: { state: move.change.status },
      ...move.summary,
    },
  });
  return { state: updated!.status, version: updated!.version };
}
