import { eq } from 'drizzle-orm';
import { ConflictError, DEFAULT_REACH_RULE, type ReachRule } from '@lagesbild/domain';
import type { Database } from '../client';
import { appendAudit, auditOf, type Actor } from './audit';
import { findOrganisation } from './lookups';
import { aiReachRules } from '../schema/index';

export interface StoredReachRule extends ReachRule {
  /** 0 while no rule is saved and the domain's default applies. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** The organisation's rule, or the domain's default (version 0) while none is saved. */
export async function readReachRule(
  db: Database,
  organisationId: number,
): Promise<StoredReachRule> {
  const [row] = await db
    .select()
    .from(aiReachRules)
    .where(eq(aiReachRules.organisationId, organisationId));
  if (!row) return { ...DEFAULT_REACH_RULE, version: 0, updatedAt: null, updatedBy: null };
  return {
    minEach: row.minEach,
    minMean: Number(row.minMean),
    maxEffort: row.maxEffort,
    version: row.version,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** ITD changes the rule against the version read (0: the default still applies); audited. */
export async function saveReachRule(
  db: Database,
  actor: Actor,
  input: { expectedVersion: number; rule: ReachRule },
): Promise<StoredReachRule> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const [row] = await tx
      .select()
      .from(aiReachRules)
      .where(eq(aiReachRules.organisationId, org.id))
      .for('update');
    const before = await readReachRule(tx, org.id);
    if (before.version !== input.expectedVersion) {
      throw new ConflictError('rule changed since it was read', {
        currentVersion: before.version,
        current: { minEach: before.minEach, minMean: before.minMean, maxEffort: before.maxEffort },
      });
    }
    const values = {
      ...input.rule,
      version: before.version + 1,
      updatedAt: actor.at.toISOString(),
      updatedBy: actor.label,
    };
    if (row) {
      await tx.update(aiReachRules).set(values).where(eq(aiReachRules.organisationId, org.id));
    } else {
      await tx.insert(aiReachRules).values({ ...values, organisationId: org.id });
    }
    await appendAudit(tx, {
      ...auditOf(actor, 'aiReachRule'),
      action: 'ai.saveReachRule',
      entityKey: org.slug,
      summary: {
        before: { minEach: before.minEach, minMean: before.minMean, maxEffort: before.maxEffort },
        after: input.rule,
      },
    });
    return {
      ...input.rule,
      version: values.version,
      updatedAt: values.updatedAt,
      updatedBy: actor.label,
    };
  });
}
