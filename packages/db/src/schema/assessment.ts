import { sql, type AnyColumn } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { capabilities, frameworks } from './framework';
import { organisations, units } from './organisation';
import { editedColumns, refersTo } from './shared-columns';

/** An assessment round (bedömningsomgång); a closed round is a frozen snapshot. */
export const rounds = pgTable(
  'rounds',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: refersTo(() => organisations.id),
    frameworkId: refersTo(() => frameworks.id),
    code: text().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    status: text({ enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    /** The day units must have submitted by; null for rounds imported without one. */
    deadline: date({ mode: 'string' }),
    closedAt: timestamp({ withTimezone: true, mode: 'string' }),
    closedBy: text(),
    version: integer().notNull().default(1),
  },
  (t) => [
    unique().on(t.organisationId, t.code),
    check('rounds_status_check', sql`${t.status} in ('open', 'closed')`),
    check('rounds_dates_check', sql`${t.startsOn} <= ${t.endsOn}`),
  ],
);

const level = (name: string, column: AnyColumn) =>
  check(name, sql`${column} is null or ${column} between 1 and 5`);

/** One unit's assessment of one capability in one round. `version` grows with every change. */
export const assessments = pgTable(
  'assessments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    roundId: refersTo(() => rounds.id),
    unitId: refersTo(() => units.id),
    capabilityId: refersTo(() => capabilities.id),
    selfRating: smallint(),
    validatedRating: smallint(),
    targetLevel: smallint(),
    targetYear: smallint(),
    notApplicable: boolean().notNull().default(false),
    evidenceText: text(),
    evidenceLink: text(),
    evidenceOwner: text(),
    evidenceDate: date({ mode: 'string' }),
    confidence: text({ enum: ['low', 'medium', 'high'] }),
    comment: text(),
    /** ITD's reason where its validated rating differs from the unit's own. */
    validationComment: text(),
    /**
     * False while the row only holds what was carried over from the previous round; the unit's save or
     * "unchanged" confirms it. Progress counts confirmed rows.
     */
    confirmed: boolean().notNull().default(true),
    ...editedColumns,
  },
  (t) => [
    unique().on(t.roundId, t.unitId, t.capabilityId),
    index().on(t.capabilityId, t.roundId),
    level('assessments_self_rating_check', t.selfRating),
    level('assessments_validated_rating_check', t.validatedRating),
    level('assessments_target_level_check', t.targetLevel),
    check(
      'assessments_not_applicable_check',
      sql`not ${t.notApplicable} or (${t.selfRating} is null and ${t.validatedRating} is null)`,
    ),
    check(
      'assessments_confidence_check',
      sql`${t.confidence} is null or ${t.confidence} in ('low', 'medium', 'high')`,
    ),
  ],
);

/** Every earlier version of an assessment: who changed it, when, and each field from what to what. */
export const assessmentHistory = pgTable(
  'assessment_history',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    assessmentId: refersTo(() => assessments.id),
    version: integer().notNull(),
    changedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    changedBy: text().notNull(),
    changes: jsonb().$type<{ field: string; from: unknown; to: unknown }[]>().notNull(),
  },
  (t) => [unique().on(t.assessmentId, t.version)],
);

/**
 * A unit's report for a round. No row: not started. draft → submitted → validated, or submitted →
 * returned → submitted again. `version` guards every change of status.
 */
export const submissions = pgTable(
  'submissions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    roundId: refersTo(() => rounds.id),
    unitId: refersTo(() => units.id),
    status: text({ enum: ['draft', 'submitted', 'validated', 'returned'] }).notNull(),
    version: integer().notNull().default(1),
    submittedAt: timestamp({ withTimezone: true, mode: 'string' }),
    submittedBy: text(),
    validatedAt: timestamp({ withTimezone: true, mode: 'string' }),
    validatedBy: text(),
    returnedAt: timestamp({ withTimezone: true, mode: 'string' }),
    returnedBy: text(),
    returnMessage: text(),
    updatedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.roundId, t.unitId),
    check(
      'submissions_status_check',
      sql`${t.status} in ('draft', 'submitted', 'validated', 'returned')`,
    ),
  ],
);
