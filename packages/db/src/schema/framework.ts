import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, smallint, text, unique } from 'drizzle-orm/pg-core';
import { organisations } from './organisation';

/** A maturity framework: areas of capabilities, each with a descriptor per level of its scale. */
export const frameworks = pgTable(
  'frameworks',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    slug: text().notNull(),
    name: text().notNull(),
  },
  (t) => [unique().on(t.organisationId, t.slug)],
);

/** The scale's steps and their names (1 Initial … 5 Optimerad). */
export const scaleSteps = pgTable(
  'scale_steps',
  {
    frameworkId: integer()
      .notNull()
      .references(() => frameworks.id),
    level: smallint().notNull(),
    name: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.frameworkId, t.level] }),
    check('scale_steps_level_check', sql`${t.level} between 1 and 5`),
  ],
);

export const areas = pgTable(
  'areas',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    frameworkId: integer()
      .notNull()
      .references(() => frameworks.id),
    code: text().notNull(),
    name: text().notNull(),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [unique().on(t.frameworkId, t.code)],
);

export const capabilities = pgTable(
  'capabilities',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    frameworkId: integer()
      .notNull()
      .references(() => frameworks.id),
    areaId: integer()
      .notNull()
      .references(() => areas.id),
    code: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [unique().on(t.frameworkId, t.code)],
);

export const levelDescriptors = pgTable(
  'level_descriptors',
  {
    capabilityId: integer()
      .notNull()
      .references(() => capabilities.id),
    level: smallint().notNull(),
    descriptor: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.capabilityId, t.level] }),
    check('level_descriptors_level_check', sql`${t.level} between 1 and 5`),
  ],
);
