import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisation';
import { refersTo } from './shared-columns';

/**
 * A maturity framework: areas of capabilities, each with a descriptor per level of its scale. A new
 * version is applied in place, so ids (and the assessments that point at them) never change.
 */
export const frameworks = pgTable(
  'frameworks',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: refersTo(() => organisations.id),
    slug: text().notNull(),
    name: text().notNull(),
    nameEn: text(),
    version: integer().notNull().default(1),
  },
  (t) => [unique().on(t.organisationId, t.slug)],
);

/** The scale's steps and their names (1 Initial … 5 Optimerad). */
export const scaleSteps = pgTable(
  'scale_steps',
  {
    frameworkId: refersTo(() => frameworks.id),
    level: smallint().notNull(),
    name: text().notNull(),
    nameEn: text(),
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
    frameworkId: refersTo(() => frameworks.id),
    code: text().notNull(),
    name: text().notNull(),
    nameEn: text(),
    sortOrder: integer().notNull().default(0),
    /** The version that left it out; null while it is part of the framework. */
    retiredInVersion: integer(),
  },
  (t) => [unique().on(t.frameworkId, t.code)],
);

export const capabilities = pgTable(
  'capabilities',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    frameworkId: refersTo(() => frameworks.id),
    areaId: refersTo(() => areas.id),
    code: text().notNull(),
    name: text().notNull(),
    nameEn: text(),
    description: text().notNull().default(''),
    descriptionEn: text(),
    sortOrder: integer().notNull().default(0),
    addedInVersion: integer().notNull().default(1),
    /** Retired capabilities stay, so their assessments keep their history; forms leave them out. */
    retiredInVersion: integer(),
    /** Where a retired (or merged) capability's story continues. */
    successorId: integer(),
  },
  (t) => [
    unique().on(t.frameworkId, t.code),
    foreignKey({ columns: [t.successorId], foreignColumns: [t.id] }),
  ],
);

export const levelDescriptors = pgTable(
  'level_descriptors',
  {
    capabilityId: refersTo(() => capabilities.id),
    level: smallint().notNull(),
    descriptor: text().notNull(),
    descriptorEn: text(),
  },
  (t) => [
    primaryKey({ columns: [t.capabilityId, t.level] }),
    check('level_descriptors_level_check', sql`${t.level} between 1 and 5`),
  ],
);

/** Every imported version as it was imported: the document, who, when and what it changed. */
export const frameworkVersions = pgTable(
  'framework_versions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    frameworkId: refersTo(() => frameworks.id),
    version: integer().notNull(),
    document: jsonb().$type<Record<string, unknown>>().notNull(),
    importedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    importedBy: text().notNull(),
    changes: jsonb().$type<Record<string, unknown>>().notNull(),
  },
  (t) => [unique().on(t.frameworkId, t.version)],
);

/** An old code of a renamed capability, so links and files that use it still find the capability. */
export const capabilityAliases = pgTable(
  'capability_aliases',
  {
    frameworkId: refersTo(() => frameworks.id),
    code: text().notNull(),
    capabilityId: refersTo(() => capabilities.id),
  },
  (t) => [primaryKey({ columns: [t.frameworkId, t.code] })],
);
