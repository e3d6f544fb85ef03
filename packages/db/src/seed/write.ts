import { getTableName, is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import * as schema from '../schema/index';

/** The transaction handle drizzle passes to `db.transaction`. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Who wrote the demo content, and when, as its records' edited columns say. */
export const SEEDED_BY = 'Demodata';
export const SEEDED_AT = '2026-09-15T08:00:00.000Z';

/** The id of a code the demo content names: an unknown one is a mistake in the demo data itself. */
export function demoIdOf<K>(ids: ReadonlyMap<K, number>, key: K): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`demo data names an unknown ${String(key)}`);
  return id;
}

/**
 * The rows of a link table: one for every code a demo record names, with both ends as ids, e.g.
 * `demoLinks(DEMO_NEEDS, (n) => n.ownerUnits, ['needId', needIds], ['unitId', unitIds])`.
 */
export function demoLinks<R extends { code: string }, A extends string, B extends string>(
  records: readonly R[],
  codesOf: (record: R) => readonly string[],
  [ownColumn, ownIds]: readonly [A, ReadonlyMap<string, number>],
  [linkedColumn, linkedIds]: readonly [B, ReadonlyMap<string, number>],
): Record<A | B, number>[] {
  return records.flatMap((record) =>
    codesOf(record).map(
      (code) =>
        ({
          [ownColumn]: demoIdOf(ownIds, record.code),
          [linkedColumn]: demoIdOf(linkedIds, code),
        }) as Record<A | B, number>,
    ),
  );
}

/** Rows per INSERT: few statements, yet each one's JSON stays a modest size. */
const CHUNK_SIZE = 1000;

/**
 * Inserts rows in multi-row statements of at most CHUNK_SIZE rows and returns the named columns
 * of every inserted row (snake_case keys, as PostgreSQL names them).
 *
 * Each chunk travels as ONE jsonb parameter expanded by jsonb_populate_recordset, instead of
 * drizzle's `insert().values()`: building ~14 000 rows × 5–17 parameters through drizzle's query
 * builder alone took seconds, most of the seed's time on PGlite. The rows stay typed at the call.
 */
export async function insertInChunks<T extends PgTable>(
  tx: Transaction,
  table: T,
  rows: T['$inferInsert'][],
  returning: string[] = [],
): Promise<Record<string, unknown>[]> {
  const returned: Record<string, unknown>[] = [];
  const returningClause =
    returning.length > 0 ? sql`returning ${joinIdentifiers(returning)}` : sql``;
  for (let i = 0; i < rows.length; i += CHUNK_SIZE) {
    const chunk = rows.slice(i, i + CHUNK_SIZE).map(toSnakeCaseKeys);
    const columns = joinIdentifiers([...new Set(chunk.flatMap((row) => Object.keys(row)))]);
    const result = await tx.execute(sql`
      insert into ${table} (${columns})
      select ${columns} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(chunk)}::jsonb)
      ${returningClause}`);
    // PGlite and node-postgres both answer with `rows`.
    returned.push(...((result as unknown as { rows?: Record<string, unknown>[] }).rows ?? []));
  }
  return returned;
}

const joinIdentifiers = (names: string[]) =>
  sql.join(
    names.map((name) => sql.identifier(name)),
    sql`, `,
  );

/** The schema's camelCase keys as the snake_case column names the database uses. */
function toSnakeCaseKeys(row: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
      value,
    ]),
  );
}

/**
 * Empties every table of the schema in one statement. TRUNCATE of all tables at once is FK-safe
 * by construction (no order to get wrong when a table is added), and RESTART IDENTITY gives a
 * re-seeded database the same ids as a fresh one.
 */
export async function truncateAllTables(tx: Transaction): Promise<void> {
  // The data's tables, in schema public; the health schema's heartbeat is no data and stays.
  const names = (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable) && !getTableConfig(value).schema)
    .map((table) => `"${getTableName(table)}"`);
  // The audit log refuses TRUNCATE (migration 0012). Replacing the demo city is the one place its log goes
  // too, and only its owner can: replica mode skips the refusal and needs the rights of the schema's owner.
  await tx.execute(sql.raw(`set local session_replication_role = replica`));
  await tx.execute(sql.raw(`truncate table ${names.join(', ')} restart identity cascade`));
  await tx.execute(sql.raw(`set local session_replication_role = origin`));
}
