import { sql } from 'drizzle-orm';
import { check, integer, pgSchema, timestamp } from 'drizzle-orm/pg-core';

/**
 * The server's own bookkeeping, apart from the data: backups read schema public only, so a restore
 * never finds these rows in its way nor carries them from one instance to another.
 */
export const healthSchema = pgSchema('health');

/**
 * One row that `/healthz` writes on every call: a read says nothing about a full disk or a database
 * switched to read-only, a write does.
 */
export const heartbeats = healthSchema.table(
  'heartbeats',
  {
    id: integer().primaryKey(),
    beatAt: timestamp({ withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [check('heartbeats_one_row', sql`${t.id} = 1`)],
);
