import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';

/** A transaction or the database itself: both run the catalogue reads. */
export type Executor = Pick<Database, 'execute'>;

export async function selectRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** A double-quoted identifier, safe for any table or column name. */
export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every base table of schema public, parents before the tables that reference them. Read from the
 * catalogue rather than a list, so a table added by a later migration is backed up without anyone
 * remembering it. Drizzle's own bookkeeping lives in schema drizzle and is left out: the target
 * migrates itself.
 */
export async function listTablesInLoadOrder(db: Executor): Promise<string[]> {
  const tables = await selectRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
        order by c.relname`,
  );
  const references = await selectRows<{ child: string; parent: string }>(
    db,
    sql`select child.relname as child, parent.relname as parent from pg_constraint f
        join pg_class child on child.oid = f.conrelid
        join pg_class parent on parent.oid = f.confrelid
        join pg_namespace n on n.oid = child.relnamespace
        where f.contype = 'f' and n.nspname = 'public'`,
  );
  return sortParentsFirst(
    tables.map((t) => t.name),
    references,
  );
}

/** Topological order, alphabetical among equals so two backups of one database list tables alike. */
export function sortParentsFirst(
  tables: string[],
  references: { child: string; parent: string }[],
): string[] {
  const parentsOf = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of references) {
    // A table referring to itself is loaded in one statement per batch, in key order.
    if (child !== parent && parentsOf.has(parent)) parentsOf.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter(
      (t) => !placed.has(t) && [...parentsOf.get(t)!].every((p) => placed.has(p)),
    );
    // A cycle between tables has no parents-first order; keep going rather than loop for ever.
    const next = ready.length > 0 ? ready : tables.filter((t) => !placed.has(t)).slice(0, 1);
    for (const t of next) {
      ordered.push(t);
      placed.add(t);
    }
  }
  return ordered;
}

/** A table's primary key columns in key order; empty when it has none. */
export async function listPrimaryKey(db: Executor, table: string): Promise<string[]> {
  const rows = await selectRows<{ name: string }>(
    db,
    sql`select a.attname as name from pg_index i
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where i.indrelid = ${`public.${quoteIdentifier(table)}`}::regclass and i.indisprimary
        order by array_position(i.indkey::int2[], a.attnum)`,
  );
  return rows.map((r) => r.name);
}

/** The columns a restore writes: all but generated ones, which the target computes itself. */
export async function listWritableColumns(db: Executor, table: string): Promise<string[]> {
  const rows = await selectRows<{ name: string }>(
    db,
    sql`select a.attname as name from pg_attribute a
        where a.attrelid = ${`public.${quoteIdentifier(table)}`}::regclass
          and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
        order by a.attnum`,
  );
  return rows.map((r) => r.name);
}

/** Columns that draw numbers from a sequence (identity or serial), so a restore can move them on. */
export async function listSequenceColumns(
  db: Executor,
): Promise<{ table: string; column: string }[]> {
  return selectRows(
    db,
    sql`select table_name as "table", column_name as "column" from information_schema.columns
        where table_schema = 'public'
          and (is_identity = 'YES' or column_default like 'nextval(%')
        order by table_name, column_name`,
  );
}
