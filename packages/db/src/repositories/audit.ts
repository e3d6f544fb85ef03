import { and, asc, desc, eq, gte, ilike, inArray, lt } from 'drizzle-orm';
import type { Database } from '../client';
import { findOrganisation } from './lookups';
import { auditLog, organisations } from '../schema/index';

/** Who sent the request, for the audit log: the source address and the user agent. */
export interface AuditClient {
  address: string | null;
  userAgent: string | null;
}

const USER_AGENT_MAX = 300;

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
  /** When it happened, from the request's clock (never the database's: one clock for every row). */
  at: Date;
  /** The request's source; none for an operator at the command line. */
  client?: AuditClient | null;
}

/** Who makes a change, for the audit log. */
export interface Actor {
  organisationSlug: string;
  /** null for an operator at the command line. */
  userId: number | null;
  label: string;
  correlationId: string | null;
  /** When the change is made, from the request's clock: every row it writes is stamped with it. */
  at: Date;
  client?: AuditClient | null;
}

/** The audit entry's common part for a successful change by this actor to an entity of this type. */
export function auditOf(actor: Actor, entityType: string) {
  return {
    organisationSlug: actor.organisationSlug,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    outcome: 'success' as const,
    entityType,
    correlationId: actor.correlationId,
    at: actor.at,
    client: actor.client ?? null,
  };
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
    at: entry.at.toISOString(),
    sourceAddress: entry.client?.address ?? null,
    userAgent: entry.client?.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
  });
}

/** Failed sign-ins for this e-mail since a time, wrong passwords and wrong second-factor codes alike: the
 * per-account limit, kept in the database so every server behind a load balancer counts the same attempts. */
export async function countFailedSignIns(
  db: Database,
  email: string,
  since: Date,
): Promise<number> {
  return db.$count(
    auditLog,
    and(
      inArray(auditLog.action, ['auth.signIn', 'auth.verifySecondFactor']),
      eq(auditLog.outcome, 'failure'),
      eq(auditLog.actorLabel, email.toLowerCase()),
      gte(auditLog.at, since.toISOString()),
    ),
  );
}

export interface AuditFilter {
  action?: string;
  outcome?: 'success' | 'failure' | 'denied';
  /** Case-insensitive part of the actor's label. */
  actor?: string;
  /** Entries older than this id (the cursor of the previous page). */
  before?: number;
  limit: number;
}

/** One organisation's audit log, newest first, a page at a time. */
export async function listAudit(db: Database, organisationSlug: string, filter: AuditFilter) {
  const org = await findOrganisation(db, organisationSlug);
  const where = and(
    eq(auditLog.organisationId, org.id),
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.outcome ? eq(auditLog.outcome, filter.outcome) : undefined,
    filter.actor ? ilike(auditLog.actorLabel, `%${escapeLike(filter.actor)}%`) : undefined,
    filter.before ? lt(auditLog.id, filter.before) : undefined,
  );
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorLabel: auditLog.actorLabel,
      action: auditLog.action,
      outcome: auditLog.outcome,
      entityType: auditLog.entityType,
      entityKey: auditLog.entityKey,
      summary: auditLog.summary,
      correlationId: auditLog.correlationId,
      sourceAddress: auditLog.sourceAddress,
    })
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(filter.limit + 1);
  const actions = await db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.organisationId, org.id))
    .orderBy(asc(auditLog.action));
  const page = rows.slice(0, filter.limit);
  return {
    entries: page.map((r) => ({ ...r, at: new Date(r.at).toISOString() })),
    nextCursor: rows.length > filter.limit ? page[page.length - 1]!.id : null,
    actions: actions.map((a) => a.action),
  };
}

/** `%` and `_` in a search are letters, not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
