import { sql } from 'drizzle-orm';
import { check, pgTable, primaryKey, smallint, text, unique } from 'drizzle-orm/pg-core';
import type { FactorKind, FactorStatus } from '@lagesbild/domain';
import { rounds } from './assessment';
import { capabilities } from './framework';
import { investmentNeeds } from './investment';
import { editedColumns, refersTo, registerRecordColumns } from './shared-columns';

/** A success factor or risk for carrying out the plan (Q5); its current likelihood and impact. */
export const criticalFactors = pgTable(
  'critical_factors',
  {
    ...registerRecordColumns(),
    kind: text().$type<FactorKind>().notNull(),
    likelihood: smallint().notNull(),
    impact: smallint().notNull(),
    owner: text().notNull(),
    mitigation: text().notNull().default(''),
    status: text().$type<FactorStatus>().notNull(),
    ...editedColumns,
  },
  (t) => [
    unique().on(t.organisationId, t.code),
    check(
      'critical_factors_scores_check',
      sql`${t.likelihood} between 1 and 5 and ${t.impact} between 1 and 5`,
    ),
    check('critical_factors_kind_check', sql`${t.kind} in ('success', 'risk')`),
    check('critical_factors_status_check', sql`${t.status} in ('open', 'mitigating', 'closed')`),
  ],
);

export const criticalFactorCapabilities = pgTable(
  'critical_factor_capabilities',
  {
    factorId: refersTo(() => criticalFactors.id, { onDelete: 'cascade' }),
    capabilityId: refersTo(() => capabilities.id),
  },
  (t) => [primaryKey({ columns: [t.factorId, t.capabilityId] })],
);

export const criticalFactorNeeds = pgTable(
  'critical_factor_needs',
  {
    factorId: refersTo(() => criticalFactors.id, { onDelete: 'cascade' }),
    needId: refersTo(() => investmentNeeds.id),
  },
  (t) => [primaryKey({ columns: [t.factorId, t.needId] })],
);

/** The factor's likelihood and impact as they stood in a round, so its trend shows. */
export const criticalFactorScores = pgTable(
  'critical_factor_scores',
  {
    factorId: refersTo(() => criticalFactors.id, { onDelete: 'cascade' }),
    roundId: refersTo(() => rounds.id),
    likelihood: smallint().notNull(),
    impact: smallint().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.factorId, t.roundId] }),
    check(
      'critical_factor_scores_check',
      sql`${t.likelihood} between 1 and 5 and ${t.impact} between 1 and 5`,
    ),
  ],
);
