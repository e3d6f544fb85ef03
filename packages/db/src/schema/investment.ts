import { sql } from 'drizzle-orm';
import {
  check,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import type { ConstraintKind, CompetenceArea, NeedStatus } from '@lagesbild/domain';
import { capabilities } from './framework';
import { organisations, units } from './organisation';
import { editedColumns, refersTo, registerRecordColumns } from './shared-columns';

/**
 * An investment need. Its yearly profiles (cost, benefit, FTE) are read and written whole, relative
 * to the start year, so they live as JSON validated by the domain's schema; what other rows point
 * at (capabilities, units, other needs) is relational.
 */
export const investmentNeeds = pgTable(
  'investment_needs',
  {
    ...registerRecordColumns(),
    description: text().notNull().default(''),
    plannedStart: smallint().notNull(),
    durationYears: smallint().notNull(),
    oneOffTkr: jsonb().$type<number[]>().notNull(),
    operatingTkr: integer().notNull(),
    benefitTkr: jsonb().$type<number[]>().notNull(),
    fte: jsonb().$type<{ area: CompetenceArea; yearIndex: number; fte: number }[]>().notNull(),
    constraints: jsonb().$type<{ kind: ConstraintKind; note: string }[]>().notNull(),
    risk: smallint().notNull(),
    priority: smallint().notNull(),
    status: text().$type<NeedStatus>().notNull(),
    /** ITD's reason when it declines a unit's proposal. */
    decisionReason: text(),
    /** The unit that proposed it, when a reporter did. */
    proposedByUnitId: integer().references(() => units.id),
    ...editedColumns,
  },
  (t) => [
    unique().on(t.organisationId, t.code),
    check('investment_needs_duration_check', sql`${t.durationYears} between 1 and 10`),
    check('investment_needs_risk_check', sql`${t.risk} between 1 and 5`),
    check('investment_needs_priority_check', sql`${t.priority} between 1 and 5`),
    check('investment_needs_operating_check', sql`${t.operatingTkr} >= 0`),
    check(
      'investment_needs_status_check',
      sql`${t.status} in ('proposed', 'accepted', 'declined', 'planned', 'ongoing', 'done')`,
    ),
  ],
);

export const investmentNeedCapabilities = pgTable(
  'investment_need_capabilities',
  {
    needId: refersTo(() => investmentNeeds.id, { onDelete: 'cascade' }),
    capabilityId: refersTo(() => capabilities.id),
    lift: smallint().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.needId, t.capabilityId] }),
    check('investment_need_capabilities_lift_check', sql`${t.lift} between 1 and 4`),
  ],
);

export const investmentNeedUnits = pgTable(
  'investment_need_units',
  {
    needId: refersTo(() => investmentNeeds.id, { onDelete: 'cascade' }),
    unitId: refersTo(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.needId, t.unitId] })],
);

export const investmentNeedDependencies = pgTable(
  'investment_need_dependencies',
  {
    needId: refersTo(() => investmentNeeds.id, { onDelete: 'cascade' }),
    dependsOnId: refersTo(() => investmentNeeds.id),
  },
  (t) => [
    primaryKey({ columns: [t.needId, t.dependsOnId] }),
    check('investment_need_dependencies_self_check', sql`${t.needId} <> ${t.dependsOnId}`),
  ],
);

/** A named selection of needs with start years (Bas, Offensiv). */
export const scenarios = pgTable(
  'scenarios',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: refersTo(() => organisations.id),
    code: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    ...editedColumns,
  },
  (t) => [unique().on(t.organisationId, t.code)],
);

export const scenarioNeeds = pgTable(
  'scenario_needs',
  {
    scenarioId: refersTo(() => scenarios.id, { onDelete: 'cascade' }),
    needId: refersTo(() => investmentNeeds.id),
    /** A chosen need has its start year; a need left out has the reason instead. */
    startYear: smallint(),
    leftOutReason: text(),
  },
  (t) => [
    primaryKey({ columns: [t.scenarioId, t.needId] }),
    check(
      'scenario_needs_choice_check',
      sql`(${t.startYear} is null) <> (${t.leftOutReason} is null)`,
    ),
  ],
);

/** Money available per year for investments and their operating consequences. */
export const budgetFrames = pgTable(
  'budget_frames',
  {
    organisationId: refersTo(() => organisations.id),
    year: smallint().notNull(),
    tkr: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.year] }),
    check('budget_frames_tkr_check', sql`${t.tkr} >= 0`),
  ],
);
