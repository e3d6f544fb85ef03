import { sql } from 'drizzle-orm';
import {
  check,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import type {
  PlanContent,
  PlanEditionStatus,
  PlanNarratives,
  StrengthKind,
} from '@lagesbild/domain';
import { areas, capabilities } from './framework';
import { organisations } from './organisation';
import { editedColumns } from './shared-columns';

/**
 * One year's edition of the plan. A draft holds only ITD's narratives (its content is computed when read);
 * publishing stores the content once, and from then on the row is a frozen snapshot.
 */
export const planEditions = pgTable(
  'plan_editions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    year: integer().notNull(),
    status: text().$type<PlanEditionStatus>().notNull(),
    narratives: jsonb().$type<PlanNarratives>().notNull().default({}),
    /** Set only on publish: the content as it was computed then. */
    content: jsonb().$type<PlanContent>(),
    /**
     * Set only on publish: the closed round the frozen content stands on (its `roundCode`), so a list of
     * editions names each one's basis without reading the content. Null too when no round had closed.
     */
    basisRound: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    createdBy: text().notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedBy: text().notNull(),
    publishedAt: timestamp({ withTimezone: true, mode: 'string' }),
    publishedBy: text(),
  },
  (t) => [
    unique().on(t.organisationId, t.year),
    check('plan_editions_status_check', sql`${t.status} in ('draft', 'published')`),
    check(
      'plan_editions_published_check',
      sql`(${t.status} = 'published') = (${t.content} is not null and ${t.publishedAt} is not null)`,
    ),
  ],
);

/** ITD's valuation of a strong or weak side of an area or capability, weighted 1–3 (Q1). */
export const strengthNotes = pgTable(
  'strength_notes',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    code: text().notNull(),
    kind: text().$type<StrengthKind>().notNull(),
    areaId: integer()
      .notNull()
      .references(() => areas.id),
    capabilityId: integer().references(() => capabilities.id),
    weight: smallint().notNull(),
    text: text().notNull(),
    ...editedColumns,
  },
  (t) => [
    unique().on(t.organisationId, t.code),
    check('strength_notes_kind_check', sql`${t.kind} in ('strength', 'weakness')`),
    check('strength_notes_weight_check', sql`${t.weight} between 1 and 3`),
  ],
);
