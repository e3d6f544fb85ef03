import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { Database } from '../client';
import { assessments } from '../schema/index';

type AssessmentColumn = keyof typeof assessments.$inferSelect;

/**
 * The columns a new round does not take from the previous one: the row's keys and state, and ITD's
 * validation (it validates afresh). Every other column is carried over, so a column added later is
 * carried without anyone remembering to list it.
 */
export const NOT_CARRIED_OVER: ReadonlySet<AssessmentColumn> = new Set<AssessmentColumn>([
  'id',
  'roundId',
  'unitId',
  'capabilityId',
  'validatedRating',
  'validationComment',
  'confirmed',
  'version',
  'updatedAt',
  'updatedBy',
]);

/** The assessment columns a new round copies from the unit's answer of the previous one. */
export const CARRIED_OVER = Object.entries(getTableColumns(assessments)).filter(
  ([key]) => !NOT_CARRIED_OVER.has(key as AssessmentColumn),
);

type Column = (typeof CARRIED_OVER)[number][1];

/** The column's name in the database: the client maps keys to snake_case unless a name is given. */
const nameOf = (column: Column) =>
  sql.identifier(column.keyAsName ? toSnakeCase(column.name) : column.name);

/** A column's value from the previous round; a required column takes its default where there was none. */
function previousValue(column: Column): SQL {
  const value = sql`p.${nameOf(column)}`;
  if (!column.notNull) return value;
  if (!column.hasDefault) {
    throw new Error(`assessments.${column.name} is required but has no default to carry over`);
  }
  return sql`coalesce(${value}, ${column.default})`;
}

/**
 * A row for every unit and capability of a new round, holding the unit's answers of the previous
 * round, unconfirmed.
 */
export async function carryOverAssessments(
  tx: Database,
  r: {
    organisationId: number;
    frameworkId: number;
    roundId: number;
    previousRoundId: number | null;
    updatedBy: string;
  },
): Promise<void> {
  const columns = CARRIED_OVER.map(([, column]) => column);
  await tx.execute(sql`
    insert into assessments (round_id, unit_id, capability_id, ${sql.join(columns.map(nameOf), sql`, `)},
      confirmed, updated_by)
    select ${r.roundId}, u.id, c.id, ${sql.join(columns.map(previousValue), sql`, `)}, false, ${r.updatedBy}
    from units u
    cross join capabilities c
    left join assessments p
      on p.round_id = ${r.previousRoundId} and p.unit_id = u.id and p.capability_id = c.id
    where u.organisation_id = ${r.organisationId} and c.framework_id = ${r.frameworkId}
      and c.retired_in_version is null`);
}
