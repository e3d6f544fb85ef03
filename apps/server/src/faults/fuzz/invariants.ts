import type { Database } from '@lagesbild/db/client';
import { sql } from 'drizzle-orm';

type Row = Record<string, unknown>;

async function query<T extends Row>(db: Database, text: string): Promise<T[]> {
  const result = (await db.execute(sql.raw(text))) as unknown as { rows: T[] };
  return result.rows;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

interface Reference {
  name: string;
  child: string;
  parent: string;
  childColumns: string[];
  parentColumns: string[];
}

/** Every foreign key of the schema, read from the catalogue so a table added later is covered too. */
async function listForeignKeys(db: Database): Promise<Reference[]> {
  const columnsOf = (keys: string, relation: string) => `(
    select json_agg(a.attname order by k.i) from unnest(con.${keys}) with ordinality k(n, i)
    join pg_attribute a on a.attrelid = con.${relation} and a.attnum = k.n)`;
  const rows = await query<{
    name: string;
    child: string;
    parent: string;
    child_columns: string[];
    parent_columns: string[];
  }>(
    db,
    `select con.conname as name, c.relname as child, p.relname as parent,
            ${columnsOf('conkey', 'conrelid')} as child_columns,
            ${columnsOf('confkey', 'confrelid')} as parent_columns
       from pg_constraint con
       join pg_class c on c.oid = con.conrelid
       join pg_class p on p.oid = con.confrelid
       join pg_namespace ns on ns.oid = c.relnamespace
      where con.contype = 'f' and ns.nspname = current_schema()`,
  );
  return rows.map((r) => ({
    name: r.name,
    child: r.child,
    parent: r.parent,
    childColumns: r.child_columns,
    parentColumns: r.parent_columns,
  }));
}

/**
 * The rollup tables (migration 0010) carry ids and codes without foreign keys, so rebuilding them
 * stays cheap; they must still name units, areas and rounds that exist.
 */
const UNDECLARED_REFERENCES: Reference[] = [
  ...['unit_area_rollups', 'area_rollups'].flatMap((child) => [
    ref(child, 'organisation_id', 'organisations', 'id'),
    ref(child, 'round_id', 'rounds', 'id'),
    ref(child, 'area_id', 'areas', 'id'),
  ]),
  ref('unit_area_rollups', 'unit_id', 'units', 'id'),
  ref('area_rollups', 'area_code', 'areas', 'code'),
  ref('period_area_rollups', 'area_code', 'areas', 'code'),
];

function ref(child: string, column: string, parent: string, parentColumn: string): Reference {
  return {
    name: `${child}.${column} -> ${parent}.${parentColumn}`,
    child,
    parent,
    childColumns: [column],
    parentColumns: [parentColumn],
  };
}

/** Names each reference with rows whose parent is missing, and how many. */
export async function findOrphans(db: Database): Promise<string[]> {
  const found: string[] = [];
  for (const r of [...(await listForeignKeys(db)), ...UNDECLARED_REFERENCES]) {
    const present = r.childColumns.map((c) => `c.${quote(c)} is not null`).join(' and ');
    const joined = r.childColumns
      .map((c, i) => `p.${quote(r.parentColumns[i]!)} = c.${quote(c)}`)
      .join(' and ');
    const [row] = await query<{ n: number }>(
      db,
      `select count(*)::int as n from ${quote(r.child)} c
        where ${present} and not exists (select 1 from ${quote(r.parent)} p where ${joined})`,
    );
    if (Number(row?.n) > 0) found.push(`${r.name}: ${row?.n} orphan row(s)`);
  }
  return found;
}

/** Each versioned table's rows by primary key, as JSON text. */
export type VersionSnapshot = Map<string, Map<string, Row>>;

export async function snapshotVersions(db: Database): Promise<VersionSnapshot> {
  const tables = await query<{ table_name: string; keys: string[] }>(
    db,
    `select c.relname as table_name,
            (select json_agg(a.attname order by a.attnum) from pg_index i
               join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
              where i.indrelid = c.oid and i.indisprimary) as keys
       from pg_class c join pg_namespace ns on ns.oid = c.relnamespace
      where c.relkind = 'r' and ns.nspname = current_schema()
        and exists (select 1 from pg_attribute a
                     where a.attrelid = c.oid and a.attname = 'version' and not a.attisdropped)`,
  );
  const snapshot: VersionSnapshot = new Map();
  for (const { table_name: table, keys } of tables) {
    const rows = await query<{ row: Row }>(db, `select to_jsonb(t) as row from ${quote(table)} t`);
    snapshot.set(
      table,
      new Map(rows.map(({ row }) => [JSON.stringify(keys.map((k) => row[k])), row])),
    );
  }
  return snapshot;
}

/** Rows whose version fell, or whose content changed while the version stood still. */
export function compareVersions(before: VersionSnapshot, after: VersionSnapshot): string[] {
  const broken: string[] = [];
  for (const [table, rows] of before) {
    const now = after.get(table);
    for (const [key, old] of rows) {
      const row = now?.get(key);
      if (!row) continue;
      const [was, is] = [Number(old.version), Number(row.version)];
      if (is < was) broken.push(`${table} ${key}: version ${was} -> ${is}`);
      if (is === was && JSON.stringify(row) !== JSON.stringify(old)) {
        broken.push(`${table} ${key}: changed at the same version ${is}`);
      }
    }
  }
  return broken;
}

/** The audit log, row by row as JSON text, keyed by id. */
export async function snapshotAudit(db: Database): Promise<Map<string, string>> {
  const rows = await query<{ id: unknown; row: string }>(
    db,
    'select id::text as id, to_jsonb(a)::text as row from audit_log a',
  );
  return new Map(rows.map((r) => [String(r.id), r.row]));
}

/** The audit log only grows: every row seen before is still there, byte for byte. */
export function compareAudit(before: Map<string, string>, after: Map<string, string>): string[] {
  const broken: string[] = [];
  if (after.size < before.size) broken.push(`audit_log shrank: ${before.size} -> ${after.size}`);
  for (const [id, row] of before) {
    const now = after.get(id);
    if (now === undefined) broken.push(`audit_log row ${id} is gone`);
    else if (now !== row) broken.push(`audit_log row ${id} changed`);
  }
  return broken;
}

export interface InvariantState {
  versions: VersionSnapshot;
  audit: Map<string, string>;
}

export async function captureState(db: Database): Promise<InvariantState> {
  return { versions: await snapshotVersions(db), audit: await snapshotAudit(db) };
}

/** Everything broken between two moments: orphans now, versions and audit rows since `before`. */
export async function checkInvariants(db: Database, before: InvariantState) {
  const after = await captureState(db);
  const broken = [
    ...(await findOrphans(db)),
    ...compareVersions(before.versions, after.versions),
    ...compareAudit(before.audit, after.audit),
  ];
  return { broken, after };
}
