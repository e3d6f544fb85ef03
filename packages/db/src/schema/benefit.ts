import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import type { ActionOwner, BenefitCategory, BenefitPhase } from '@lagesbild/domain';
import { investmentNeeds } from './investment';
import { units } from './organisation';
import { editedColumns, refersTo, registerRecordColumns } from './shared-columns';

/** A measured value, exact (numeric), read as a JS number. */
const measure = () => numeric({ precision: 14, scale: 2, mode: 'number' });

/** A benefit (nytta) of an investment, owned by a unit and through it a board (Q4). */
export const benefits = pgTable(
  'benefits',
  {
    ...registerRecordColumns(),
    needId: refersTo(() => investmentNeeds.id),
    unitId: refersTo(() => units.id),
    category: text().$type<BenefitCategory>().notNull(),
    metric: text().notNull(),
    baseline: measure().notNull(),
    target: measure().notNull(),
    targetDate: date({ mode: 'string' }).notNull(),
    phase: text().$type<BenefitPhase>().notNull(),
    followUpMonths: smallint().notNull(),
    ...editedColumns,
  },
  (t) => [
    unique().on(t.organisationId, t.code),
    check('benefits_target_check', sql`${t.target} <> ${t.baseline}`),
    check('benefits_follow_up_check', sql`${t.followUpMonths} between 1 and 36`),
    check(
      'benefits_category_check',
      sql`${t.category} in ('ekonomisk', 'tid-resurser', 'kvalitet', 'samhallsnytta')`,
    ),
    check(
      'benefits_phase_check',
      sql`${t.phase} in ('identifiera', 'specificera', 'planera', 'realisera', 'folja-upp')`,
    ),
  ],
);

/** A value measured on a day; one per benefit and day, so a second entry for the day replaces nothing silently. */
export const benefitMeasurements = pgTable(
  'benefit_measurements',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    benefitId: refersTo(() => benefits.id, { onDelete: 'cascade' }),
    measuredOn: date({ mode: 'string' }).notNull(),
    value: measure().notNull(),
    note: text().notNull().default(''),
    recordedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: text().notNull(),
  },
  (t) => [unique().on(t.benefitId, t.measuredOn)],
);

/** What servicenämnden or KS will do to bring a benefit home. */
export const benefitActions = pgTable(
  'benefit_actions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    benefitId: refersTo(() => benefits.id, { onDelete: 'cascade' }),
    owner: text().$type<ActionOwner>().notNull(),
    description: text().notNull(),
    dueDate: date({ mode: 'string' }).notNull(),
    done: boolean().notNull().default(false),
    ...editedColumns,
  },
  (t) => [
    check('benefit_actions_owner_check', sql`${t.owner} in ('servicenamnden', 'kommunstyrelsen')`),
  ],
);
