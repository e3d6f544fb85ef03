import { and, eq, gte } from 'drizzle-orm';
import type { Database } from '../client';
import { auditLog, organisations } from '../schema/index';

export interface AuditEntry {
  organisationSlug: string;
  actorUserId: number | null;
  actorLabel: string;
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  entityType?: string | null;
  entityKey?: string | null;
  summary?: Record<string, unknown> | null;
  correlationId?: string | null;
  /** When it happened; the database's clock when not given. */
  at?: Date;
}

/** Appends to the audit log; pass the transaction of the change it records so both land or neither. */
export async function appendAudit(db: Database, entry: AuditEntry): Promise<void> {
  const [org] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, entry.organisationSlug));
  await db.insert(auditLog).values({
    organisationId: org?.id ?? null,
    actorUserId: entry.actorUserId,
    actorLabel: entry.actorLabel,
    action: entry.action,
    outcome: entry.outcome,
    entityType: entry.entityType ?? null,
    entityKey: entry.entityKey ?? null,
    summary: entry.summary ?? null,
    correlationId: entry.correlationId ?? null,
    ...(entry.at ? { at: entry.at.toISOString() } : {}),
  });
}

/** Failed sign-ins for this e-mail since a time: the per-account limit, kept in the database so every
 * server behind a load balancer counts the same attempts. */
export async function countFailedSignIns(
  db: Database,
  email: string,
  since: Date,
): Promise<number> {
  return db.$count(
    auditLog,
    and(
      eq(auditLog.action, 'auth.signIn'),
      eq(auditLog.outcome, 'failure'),
      eq(auditLog.actorLabel, email.toLowerCase()),
      gte(auditLog.at, since.toISOString()),
    ),
  );
}
