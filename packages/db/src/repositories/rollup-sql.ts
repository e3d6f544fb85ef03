import { sql, type SQL } from 'drizzle-orm';
import type { RatingBasis } from '@lagesbild/domain';

export const LEVELS = [1, 2, 3, 4, 5] as const;
const BASES = ['self', 'validated', 'effective'] as const;

/** The histogram columns in one fixed order, shared by every insert … select of the rollups. */
export const COUNT_COLUMNS = [
  ...BASES.flatMap((b) => LEVELS.map((l) => `${b}_${l}`)),
  'not_applicable',
  'total',
];

/** The rating each basis counts from an assessment `a`, as pickRating in the domain picks it. */
export const ratingOf: Record<RatingBasis, SQL> = {
  self: sql`a.self_rating`,
  validated: sql`a.validated_rating`,
  effective: sql`coalesce(a.validated_rating, a.self_rating)`,
};

/** How many of the assessments `a` count at one level on one basis. */
export const countAtLevel = (basis: RatingBasis, level: number) =>
  sql`count(*) filter (where not a.not_applicable and ${ratingOf[basis]} = ${sql.raw(`${level}`)})`;

/**
 * The first day of the quarter a round `r` ended in. National figures group rounds by it, not by
 * their code: organisations may code rounds differently (quarters, tertials), and the quarter of
 * the end date still puts them side by side.
 */
export const quarterOf = sql`date_trunc('quarter', r.ends_on::timestamp)`;

/** The period as people read it, such as 2026-Q3. */
export const periodName = (start: SQL) => sql`to_char(${start}, 'YYYY"-Q"Q') as period`;

export const countColumnList = sql.raw(COUNT_COLUMNS.join(', '));

/** Every histogram column counted from assessments `a`, in COUNT_COLUMNS order. */
export const countExpressions = sql.join(
  [
    ...BASES.flatMap((b) => LEVELS.map((l) => countAtLevel(b, l))),
    sql`count(*) filter (where a.not_applicable)`,
    sql`count(*)`,
  ],
  sql`, `,
);

/** Every histogram column summed from `x`, negated when taking rows away, in COUNT_COLUMNS order. */
export const sumExpressions = (sign: '' | '-' = '') =>
  sql.raw(COUNT_COLUMNS.map((c) => `${sign}sum(x.${c})`).join(', '));
