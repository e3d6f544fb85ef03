import { sql } from 'drizzle-orm';
import {
  check,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { rounds } from './assessment';
import { capabilities } from './framework';
import { units } from './organisation';
import { editedColumns, refersTo } from './shared-columns';

/** FTE to two decimals, exact (numeric), read as a JS number. */
const fte = () => numeric({ precision: 10, scale: 2, mode: 'number' });

/** A unit's capacity report for a round; the rows below it are replaced together on each save. */
export const capacityReports = pgTable(
  'capacity_reports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    roundId: refersTo(() => rounds.id),
    unitId: refersTo(() => units.id),
    planningFte: fte().notNull(),
    ...editedColumns,
  },
  (t) => [
    unique().on(t.roundId, t.unitId),
    check('capacity_planning_fte_check', sql`${t.planningFte} >= 0`),
  ],
);

/** FTE and the unit's own level per competence area. */
export const capacityCompetences = pgTable(
  'capacity_competences',
  {
    reportId: refersTo(() => capacityReports.id, { onDelete: 'cascade' }),
    area: text().notNull(),
    fte: fte().notNull(),
    level: smallint(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.area] }),
    check('capacity_competences_fte_check', sql`${t.fte} >= 0`),
    check(
      'capacity_competences_level_check',
      sql`${t.level} is null or ${t.level} between 1 and 5`,
    ),
  ],
);

/** Support the unit needs from ITD, per competence area and year. */
export const capacityDemand = pgTable(
  'capacity_demand',
  {
    reportId: refersTo(() => capacityReports.id, { onDelete: 'cascade' }),
    area: text().notNull(),
    year: smallint().notNull(),
    fte: fte().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.area, t.year] }),
    check('capacity_demand_fte_check', sql`${t.fte} >= 0`),
  ],
);

/** The level each capability must reach for the unit's operations (baskrav). */
export const baseRequirements = pgTable(
  'base_requirements',
  {
    reportId: refersTo(() => capacityReports.id, { onDelete: 'cascade' }),
    capabilityId: refersTo(() => capabilities.id),
    requiredLevel: smallint().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.capabilityId] }),
    check('base_requirements_level_check', sql`${t.requiredLevel} between 1 and 5`),
  ],
);
