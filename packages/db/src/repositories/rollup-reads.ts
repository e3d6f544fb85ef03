import { and, asc, eq, sql } from 'drizzle-orm';
import {
  computeHistogramMean,
  computeHistogramMedian,
  ROUND_STATUSES_READ,
  type RatingBasis,
  type UnitAreaHistogram,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { areas, rounds, unitAreaRollups, units } from '../schema/index';
import { countAtLevel, LEVELS, periodName, quarterOf } from './rollup-sql';

/** One area's ratings in one period, summed over every organisation. */
export interface NationalTrendPoint {
  /** The quarter the rounds ended in, such as 2026-Q3. */
  period: string;
  areaCode: string;
  /** counts[i] is how many ratings sit at level i + 1. */
  counts: number[];
  notApplicable: number;
  /** Every assessment counted, rated or not. */
  total: number;
  median: number | null;
  mean: number | null;
}

type CountRow = { period: string; area_code: string } & Record<string, string | number>;

function toTrendPoints(rows: readonly CountRow[], basis: RatingBasis): NationalTrendPoint[] {
  return rows.map((row) => {
    const counts = LEVELS.map((l) => Number(row[`${basis}_${l}`]));
    return {
      period: row.period,
      areaCode: row.area_code,
      counts,
      notApplicable: Number(row.not_applicable),
      total: Number(row.total),
      median: computeHistogramMedian(counts),
      mean: computeHistogramMean(counts),
    };
  });
}

const basisColumns = (basis: RatingBasis) =>
  sql.raw([...LEVELS.map((l) => `${basis}_${l}`), 'not_applicable', 'total'].join(', '));

const rowsOf = (result: unknown) => (result as { rows: CountRow[] }).rows;

/**
 * The national trend: per period and area, every municipality's ratings summed. Read from the
 * national sums the refreshes keep, so its cost does not grow with the number of municipalities.
 */
export async function findNationalTrend(
  db: Database,
  { basis = 'effective' }: { basis?: RatingBasis } = {},
): Promise<NationalTrendPoint[]> {
  const result = await db.execute(sql`
    select ${periodName(sql`period_start`)}, area_code, ${basisColumns(basis)}
    from period_area_rollups
    order by period_start, area_code`);
  return toTrendPoints(rowsOf(result), basis);
}

/** The round statuses the board reads (the domain's rule), as SQL values. */
const BOARD_STATUSES = ROUND_STATUSES_READ.board.map((status) => sql`${status}`);

/** The same figures counted from every assessment: the baseline the rollups are measured against. */
export async function computeNationalTrendRaw(
  db: Database,
  { basis = 'effective' }: { basis?: RatingBasis } = {},
): Promise<NationalTrendPoint[]> {
  const counts = [
    ...LEVELS.map((l) => sql`${countAtLevel(basis, l)}::int as ${sql.raw(`${basis}_${l}`)}`),
    sql`count(*) filter (where a.not_applicable)::int as not_applicable`,
    sql`count(*)::int as total`,
  ];
  const result = await db.execute(sql`
    select ${periodName(quarterOf)}, ar.code as area_code, ${sql.join(counts, sql`, `)}
    from assessments a
    join rounds r on r.id = a.round_id
    join capabilities c on c.id = a.capability_id
    join areas ar on ar.id = c.area_id
    where r.status in (${sql.join(BOARD_STATUSES, sql`, `)}) and c.retired_in_version is null
    group by ${quarterOf}, ar.code
    order by ${quarterOf}, ar.code`);
  return toTrendPoints(rowsOf(result), basis);
}

/**
 * Every closed round's unit × area histograms of one organisation's framework: what the overview's
 * trends and heatmap are computed from.
 */
export async function loadUnitAreaHistograms(
  db: Database,
  { organisationId, frameworkId }: { organisationId: number; frameworkId: number },
): Promise<UnitAreaHistogram[]> {
  const x = unitAreaRollups;
  const rows = await db
    .select({
      roundCode: rounds.code,
      unitSlug: units.slug,
      areaCode: areas.code,
      self: sql<number[]>`array[${x.self1}, ${x.self2}, ${x.self3}, ${x.self4}, ${x.self5}]`,
      validated: sql<
        number[]
      >`array[${x.validated1}, ${x.validated2}, ${x.validated3}, ${x.validated4}, ${x.validated5}]`,
      effective: sql<
        number[]
      >`array[${x.effective1}, ${x.effective2}, ${x.effective3}, ${x.effective4}, ${x.effective5}]`,
    })
    .from(x)
    .innerJoin(rounds, eq(rounds.id, x.roundId))
    .innerJoin(units, eq(units.id, x.unitId))
    .innerJoin(areas, eq(areas.id, x.areaId))
    .where(and(eq(x.organisationId, organisationId), eq(rounds.frameworkId, frameworkId)))
    .orderBy(asc(rounds.startsOn));
  return rows.map(({ self, validated, effective, ...key }) => ({
    ...key,
    counts: { self, validated, effective },
  }));
}
