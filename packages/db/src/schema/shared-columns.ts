import { integer, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { organisations } from './organisation';

/**
 * The columns of every record people edit: the version a save must name (so nothing is silently
 * overwritten), and when and by whom it last changed. Spread into a table's columns.
 */
export const editedColumns = {
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedBy: text().notNull(),
};

/**
 * The start of a register's record (a need, an AI use case, a benefit, a factor): its id, the
 * organisation it belongs to, the code people cite it by, and its title. A function, so each table
 * builds its own columns and foreign key.
 */
export const registerRecordColumns = () => ({
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  organisationId: refersTo(() => organisations.id),
  code: text().notNull(),
  title: text().notNull(),
});

type ReferenceActions = Parameters<ReturnType<typeof integer>['references']>[1];

/** A column that must name a row of another table: a foreign key, never null. */
export function refersTo(target: () => AnyPgColumn, actions?: ReferenceActions) {
  return integer().notNull().references(target, actions);
}
