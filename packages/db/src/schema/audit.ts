import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './identity';
import { organisations } from './organisation';

/**
 * Append-only record of sign-ins, denials, changes, exports and role changes, written in the same
 * transaction as what it records.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer().references(() => organisations.id),
    at: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** Null when nobody is signed in (a failed sign-in). */
    actorUserId: integer().references(() => users.id),
    /** Who, as a reader of the log sees it (name or the e-mail tried). */
    actorLabel: text().notNull(),
    action: text().notNull(),
    outcome: text({ enum: ['success', 'failure', 'denied'] }).notNull(),
    entityType: text(),
    entityKey: text(),
    summary: jsonb().$type<Record<string, unknown>>(),
    correlationId: text(),
    /** Where the request came from, as the server saw it (behind a proxy: the proxy's forwarded address). */
    sourceAddress: text(),
    /** The browser or program that sent it, cut to 300 characters. */
    userAgent: text(),
    /**
     * The hash chain (migration 0012): the database numbers each entry and stores the hash of the one before
     * it and its own, so an edited, removed or inserted entry shows. Set by a trigger, never by the app.
     */
    chainSeq: bigint({ mode: 'number' }),
    prevHash: text(),
    hash: text(),
  },
  (t) => [
    index().on(t.organisationId, t.at),
    uniqueIndex('audit_log_chain_seq').on(t.chainSeq),
    check('audit_log_outcome_check', sql`${t.outcome} in ('success', 'failure', 'denied')`),
  ],
);
