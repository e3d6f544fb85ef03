import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** One value in COPY's text format; generated text never holds tabs, newlines or backslashes. */
export type CopyValue = string | number | boolean | null;

const formatValue = (v: CopyValue): string =>
  v === null ? '\\N' : typeof v === 'boolean' ? (v ? 't' : 'f') : String(v);

/** Rows joined into chunks of about 64 kB, so the stream neither builds one giant string nor many tiny ones. */
async function* toChunks(rows: Iterable<CopyValue[]>): AsyncGenerator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += row.map(formatValue).join('\t') + '\n';
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Streams rows into a table with COPY FROM STDIN; returns how many went in. */
export async function copyRows(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<CopyValue[]>,
): Promise<number> {
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
  await pipeline(Readable.from(toChunks(rows)), stream);
  return Number(stream.rowCount ?? 0);
}

/**
 * Inserts rows in one statement through unnest (one round trip however many rows) and returns what
 * RETURNING names. For the small parent tables whose generated ids the big tables point at.
 */
export async function insertReturning<R extends Record<string, unknown>>(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: readonly { name: string; type: string }[],
  rows: readonly unknown[][],
  returning: string,
): Promise<R[]> {
  if (rows.length === 0) return [];
  const params = columns.map((_, i) => rows.map((r) => r[i]));
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const names = columns.map((c) => c.name).join(', ');
  const result = await client.query<R>(
    `insert into ${table} (${names}) select * from unnest(${unnest}) returning ${returning}`,
    params,
  );
  return result.rows;
}
