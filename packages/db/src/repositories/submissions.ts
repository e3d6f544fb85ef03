import { and, eq } from 'drizzle-orm';
import { ConflictError } from '@lagesbild/domain';
import type { Database } from '../client';
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

export async function updateSubmission(
  tx: Database,
  submission: SubmissionRow,
  change: Partial<Omit<SubmissionRow, 'id' | 'roundId' | 'unitId' | 'version' | 'updatedAt'>>,
  at: Date,
): Promise<SubmissionRow> {
  const [updated] = await tx
    .update(submissions)
    .set({ ...change, version: submission.version + 1, updatedAt: at.toISOString() })
    .where(eq(submissions.id, submission.id))
    .returning();
  return updated!;
}
