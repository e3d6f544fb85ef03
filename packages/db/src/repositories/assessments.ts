import { and, eq } from 'drizzle-orm';
import {
  ConflictError,
  diffAssessment,
  flattenAssessment,
  NotFoundError,
  type AssessmentChange,
  type AssessmentFields,
} from '@lagesbild/domain';
import type { Database } from '../client';
import {
  assessmentHistory,
  assessments,
  capabilities,
  organisations,
  rounds,
  units,
} from '../schema/index';
import { toAssessmentFields } from './maturity';
import { refreshRoundRollups } from './rollups';

export interface AssessmentKey {
  organisationSlug: string;
  roundCode: string;
  unitSlug: string;
  capabilityCode: string;
}

export interface SaveAssessmentInput extends AssessmentKey {
  /** The version the editor started from; a different current version is a conflict, never an overwrite. */
  expectedVersion: number;
  fields: AssessmentFields;
  changedBy: string;
  /** When: from the request's clock, for the row and its history entry. */
  at: Date;
  /** The unit's own save: the row no longer only holds what was carried over. */
  confirm?: boolean;
}

export interface SavedAssessment {
  version: number;
  fields: AssessmentFields;
  /** The fields that changed (none when only confirmed), for the audit log's summary. */
  changes: AssessmentChange[];
}

/**
 * Saves an assessment and keeps the earlier version in history, in one transaction.
 * Saving identical fields creates no new version.
 */
export async function saveAssessment(
  db: Database,
  input: SaveAssessmentInput,
): Promise<SavedAssessment> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ a: assessments, roundStatus: rounds.status })
      .from(assessments)
      .innerJoin(rounds, eq(rounds.id, assessments.roundId))
      .innerJoin(organisations, eq(organisations.id, rounds.organisationId))
      .innerJoin(units, eq(units.id, assessments.unitId))
      .innerJoin(capabilities, eq(capabilities.id, assessments.capabilityId))
      .where(
        and(
          eq(organisations.slug, input.organisationSlug),
          eq(rounds.code, input.roundCode),
          eq(units.slug, input.unitSlug),
          eq(capabilities.code, input.capabilityCode),
        ),
      )
      .for('update', { of: assessments });
    if (!row) throw new NotFoundError('assessment', keyOf(input));
    const current = toAssessmentFields(row.a);
    if (row.a.version !== input.expectedVersion) {
      throw new ConflictError('assessment changed since it was read', {
        currentVersion: row.a.version,
        current,
      });
    }
    const changes = diffAssessment(flattenAssessment(current), flattenAssessment(input.fields));
    const confirming = input.confirm === true && !row.a.confirmed;
    if (changes.length === 0 && !confirming) {
      return { version: row.a.version, fields: current, changes };
    }

    const version = row.a.version + 1;
    const flat = flattenAssessment(input.fields);
    const [saved] = await tx
      .update(assessments)
      .set({
        ...flat,
        ...(input.confirm ? { confirmed: true } : {}),
        version,
        updatedAt: input.at.toISOString(),
        updatedBy: input.changedBy,
      })
      .where(and(eq(assessments.id, row.a.id), eq(assessments.version, input.expectedVersion)))
      .returning();
    // Confirming unchanged values changes no field: the audit log records it, history has nothing to add.
    if (changes.length === 0) return { version, fields: toAssessmentFields(saved!), changes };
    await tx.insert(assessmentHistory).values({
      assessmentId: row.a.id,
      version,
      changedBy: input.changedBy,
      changedAt: input.at.toISOString(),
      changes,
    });
    // A closed round is what the dashboards show, from the rollups: a change after close (ITD's
    // validation with a stated reason) must reach them in the same transaction.
    if (row.roundStatus === 'closed') await refreshRoundRollups(tx, row.a.roundId);
    return { version, fields: toAssessmentFields(saved!), changes };
  });
}

function keyOf(k: AssessmentKey): string {
  return `${k.roundCode}/${k.unitSlug}/${k.capabilityCode}`;
}
