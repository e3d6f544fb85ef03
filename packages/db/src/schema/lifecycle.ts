import { integer, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The columns of every record people edit: the version a save must name (so nothing is silently
 * overwritten), and when and by whom it last changed. Spread into a table's columns.
 */
export const editedColumns = {
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedBy: text().notNull(),
};
