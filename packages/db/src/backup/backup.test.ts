import { randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type DatabaseHandle, type DatabaseKind } from '../client';
import { readMigrationState } from '../migrate';
import { openTestDatabase } from '../testing/test-db';
import { adminQuery, withDatabase } from '../testing/template';
import { verifyAuditChain } from '../repositories/audit-chain';
import {
  hasAnyRows,
  readEveryTable,
  restoreBackup,
  writeBackup,
  type BackupOptions,
} from './index';

const template = inject('testTemplate');
/** A PostgreSQL server to restore into: the run's own, or the one DATABASE_URL names for a PGlite run. */
const adminUrl = template.kind === 'postgres' ? template.adminUrl : process.env.DATABASE_URL;

/** A new, empty instance of the given kind; closing it removes it. */
async function openEmptyDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite' || !adminUrl) return openDatabase({ kind: 'pglite' });
  const name = `lbtest_restore_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const handle = await openDatabase({ kind: 'postgres', url: withDatabase(adminUrl, name) });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function backupToBuffer(
  handle: DatabaseHandle,
  options: BackupOptions = {},
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeBackup(handle, sink, undefined, options);
  return Buffer.concat(chunks);
}

/** The backup with its JSON lines changed, zipped again: a file damaged after it was written. */
function rewriteLines(file: Buffer, change: (lines: string[]) => string[]): Buffer {
  const lines = gunzipSync(file).toString('utf8').trimEnd().split('\n');
  return gzipSync(`${change(lines).join('\n')}\n`);
}

/** The audit log's rows in the file changed by `change`, with the file's counts made to agree again. */
function rewriteAudit(file: Buffer, change: (rows: string[]) => string[]): Buffer {
  return rewriteLines(file, (lines) => {
    const at = lines.findIndex((l) => l.startsWith('{"table":"audit_log"'));
    const { rows } = JSON.parse(lines[at]!) as { rows: number };
    const changed = change(lines.slice(at + 1, at + 1 + rows));
    const trailer = JSON.parse(lines.at(-1)!) as { counts: Record<string, number> };
    trailer.counts.audit_log = changed.length;
    return [
      ...lines.slice(0, at),
      JSON.stringify({ table: 'audit_log', rows: changed.length }),
      ...changed,
      ...lines.slice(at + 1 + rows, -1),
      JSON.stringify(trailer),
    ];
  });
}

const countRows = async (handle: DatabaseHandle) => {
  const contents = await readEveryTable(handle.db);
  return [...contents.values()].reduce((sum, rows) => sum + rows.length, 0);
};

const otherKind: DatabaseKind = template.kind === 'pglite' && adminUrl ? 'postgres' : 'pglite';

describe(`a backup of the ${template.kind} demo restored into ${otherKind}`, () => {
  let source: DatabaseHandle;
  let target: DatabaseHandle;
  let file: Buffer;
  beforeAll(async () => {
    source = await openTestDatabase();
    // The audit log is part of what must survive, so make sure it has rows to carry.
    await source.db.execute(sql`insert into audit_log (actor_label, action, outcome)
      values ('backup test', 'backup.test', 'success')`);
    file = await backupToBuffer(source);
    target = await openEmptyDatabase(otherKind);
    await restoreBackup(target, Readable.from(file));
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('holds every table of the database, row for row', async () => {
    const before = await readEveryTable(source.db);
    const after = await readEveryTable(target.db);
    const header = JSON.parse(gunzipSync(file).toString('utf8').split('\n')[0]!) as {
      tables: string[];
    };
    expect([...header.tables].sort()).toEqual([...before.keys()]);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [table, rows] of before) expect(after.get(table), table).toEqual(rows);
    expect(before.get('audit_log')!.some((row) => row.includes('backup.test'))).toBe(true);
  });

  it('carries the audit chain whole: the same head, unbroken', async () => {
    const chain = await verifyAuditChain(target.db);
    expect(chain).toEqual(await verifyAuditChain(source.db));
    expect(chain.firstBroken).toBeNull();
  });

  it('gives new rows new ids after the restore', async () => {
    const result = (await target.db.execute(
      sql`insert into organisations (slug, name) values ('lund', 'Lunds kommun') returning id`,
    )) as unknown as { rows: { id: number }[] };
    const [{ max }] = (
      (await source.db.execute(sql`select max(id) as max from organisations`)) as unknown as {
        rows: [{ max: number }];
      }
    ).rows;
    expect(result.rows[0]!.id).toBeGreaterThan(max);
  });
});

describe('a restore it must refuse', () => {
  let source: DatabaseHandle;
  let empty: DatabaseHandle;
  let file: Buffer;
  beforeAll(async () => {
    source = await openTestDatabase();
    for (const action of ['backup.a', 'backup.b', 'backup.c']) {
      await source.db.execute(sql`insert into audit_log (actor_label, action, outcome)
        values ('backup test', ${action}, 'success')`);
    }
    file = await backupToBuffer(source);
    empty = await openEmptyDatabase(template.kind);
  });
  afterAll(async () => {
    await source?.close();
    await empty?.close();
  });

  it('refuses a target that has data, and changes nothing in it', async () => {
    const before = await readEveryTable(source.db);
    await expect(restoreBackup(source, Readable.from(file))).rejects.toThrow(
      /already has data; restore only into an empty instance/,
    );
    expect(await readEveryTable(source.db)).toEqual(before);
  });

  it.each([
    ['cut short', (f: Buffer) => f.subarray(0, Math.floor(f.length / 2)), /damaged or incomplete/],
    [
      'missing its closing line',
      (f: Buffer) => rewriteLines(f, (l) => l.slice(0, -1)),
      /ends before its closing line/,
    ],
    [
      'with a row that is not the table’s',
      (f: Buffer) =>
        rewriteLines(f, (l) =>
          l.map((line, i) => (i === l.length - 2 ? '{"id":"not a number"}' : line)),
        ),
      /could not be loaded/,
    ],
    ['not a backup at all', () => gzipSync('{"hello":"world"}\n'), /not a Lägesbild backup/],
    [
      'with an audit entry edited',
      (f: Buffer) =>
        rewriteAudit(f, (rows) =>
          rows.map((row) => row.replace('"backup.b"', '"backup.harmless"')),
        ),
      /audit log has been changed \(its chain breaks at entry \d+\)/,
    ],
    [
      'with an audit entry removed',
      (f: Buffer) => rewriteAudit(f, (rows) => rows.filter((row) => !row.includes('"backup.b"'))),
      /audit log has been changed/,
    ],
    [
      'with an audit entry stripped of its chain',
      (f: Buffer) =>
        rewriteAudit(f, (rows) =>
          rows.map((row) =>
            row.includes('"backup.c"') ? row.replace(/"hash": ?"[0-9a-f]+"/, '"hash": null') : row,
          ),
        ),
      /audit log has been changed/,
    ],
  ])('refuses a file %s and leaves the target empty', async (_name, damage, message) => {
    await expect(restoreBackup(empty, Readable.from(damage(file)))).rejects.toThrow(message);
    expect(await countRows(empty)).toBe(0);
    expect(await hasAnyRows(empty.db)).toBe(false);
  });

  it('refuses a file made by a newer Lägesbild', async () => {
    const newer = (change: object) =>
      rewriteLines(file, ([header, ...rest]) => [
        JSON.stringify({ ...JSON.parse(header!), ...change }),
        ...rest,
      ]);
    const { available } = await readMigrationState(source);
    await expect(
      restoreBackup(empty, Readable.from(newer({ migrations: available + 1 }))),
    ).rejects.toThrow(/made by a newer Lägesbild/);
    await expect(restoreBackup(empty, Readable.from(newer({ formatVersion: 2 })))).rejects.toThrow(
      /made by a newer Lägesbild/,
    );
    expect(await countRows(empty)).toBe(0);
  });
});

describe('a backup without sessions', () => {
  it('leaves out who is signed in, and everything else restores', async () => {
    const source = await openTestDatabase();
    const target = await openEmptyDatabase(template.kind);
    try {
      await source.db
        .execute(sql`insert into sessions (id_hash, user_id, created_at, last_seen_at, expires_at)
        select 'backup-test-session', id, now(), now(), now() + interval '1 hour' from users limit 1`);
      const file = await backupToBuffer(source, { withoutSessions: true });
      expect(gunzipSync(file).toString('utf8')).not.toContain('backup-test-session');
      await restoreBackup(target, Readable.from(file));
      const after = await readEveryTable(target.db);
      expect(after.get('sessions')).toEqual([]);
      expect(after.get('users')).toEqual((await readEveryTable(source.db)).get('users'));
    } finally {
      await source.close();
      await target.close();
    }
  });
});
