import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { refersTo } from './shared-columns';

/** A municipality. A real level so that many can share one database. */
export const organisations = pgTable('organisations', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  isDemo: boolean().notNull().default(false),
  /**
   * The day the organisation's date-dependent figures (overdue follow-ups, deadlines) are computed
   * for, instead of today. Only the demo city has one: its story was written for that day.
   */
  asOfDate: date({ mode: 'string' }),
});

/** A political board (nämnd) that units answer to. */
export const boards = pgTable(
  'boards',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: refersTo(() => organisations.id),
    name: text().notNull(),
  },
  (t) => [unique().on(t.organisationId, t.name)],
);

/** ITD itself or a förvaltning. */
export const units = pgTable(
  'units',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: refersTo(() => organisations.id),
    boardId: refersTo(() => boards.id),
    slug: text().notNull(),
    name: text().notNull(),
    kind: text({ enum: ['itd', 'department'] }).notNull(),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [
    unique().on(t.organisationId, t.slug),
    check('units_kind_check', sql`${t.kind} in ('itd', 'department')`),
  ],
);
