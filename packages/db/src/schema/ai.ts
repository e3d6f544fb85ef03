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
import type { AiStatus } from '@lagesbild/domain';
import { investmentNeeds } from './investment';
import { organisations, units } from './organisation';
import { editedColumns, refersTo, registerRecordColumns } from './shared-columns';

/** An AI application a unit wants (Q3), with its readiness on each side, value and effort. */
export const aiUseCases = pgTable(
  'ai_use_cases',
  {
    ...registerRecordColumns(),
    description: text().notNull().default(''),
    unitId: refersTo(() => units.id),
    value: smallint().notNull(),
    effort: smallint().notNull(),
    readinessData: smallint().notNull(),
    readinessLegal: smallint().notNull(),
    readinessCompetence: smallint().notNull(),
    readinessPlatform: smallint().notNull(),
    readinessTesting: smallint().notNull(),
    status: text().$type<AiStatus>().notNull(),
    ...editedColumns,
  },
  (t) => [
    unique().on(t.organisationId, t.code),
    check(
      'ai_use_cases_scores_check',
      sql`${t.value} between 1 and 5 and ${t.effort} between 1 and 5
        and ${t.readinessData} between 1 and 5 and ${t.readinessLegal} between 1 and 5
        and ${t.readinessCompetence} between 1 and 5 and ${t.readinessPlatform} between 1 and 5
        and ${t.readinessTesting} between 1 and 5`,
    ),
    check('ai_use_cases_status_check', sql`${t.status} in ('idea', 'pilot', 'production')`),
  ],
);

/** The investment needs a use case waits for (e.g. the shared AI platform). */
export const aiUseCaseNeeds = pgTable(
  'ai_use_case_needs',
  {
    useCaseId: refersTo(() => aiUseCases.id, { onDelete: 'cascade' }),
    needId: refersTo(() => investmentNeeds.id),
  },
  (t) => [primaryKey({ columns: [t.useCaseId, t.needId] })],
);

/** The organisation's "within reach" rule; absent means the domain's default. */
export const aiReachRules = pgTable(
  'ai_reach_rules',
  {
    organisationId: integer()
      .primaryKey()
      .references(() => organisations.id),
    minEach: smallint().notNull(),
    minMean: numeric({ precision: 2, scale: 1, mode: 'number' }).notNull(),
    maxEffort: smallint().notNull(),
    ...editedColumns,
  },
  (t) => [
    check(
      'ai_reach_rules_check',
      sql`${t.minEach} between 1 and 5 and ${t.minMean} between 1 and 5 and ${t.maxEffort} between 1 and 5`,
    ),
  ],
);
