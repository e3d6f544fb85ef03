import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFileServer, type FileServer } from './testing/file-server';

let server: FileServer;

beforeAll(async () => {
  server = await startFileServer();
});
afterAll(() => server.close());

const get = async (path: string, cookie?: string) => {
  const res = await fetch(`${server.base}${path}`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, text: await res.text() };
};

/** An error body without what differs by request (where, and the request's id). */
function typedPart(text: string) {
  const { error } = JSON.parse(text) as {
    error: { data: { path: unknown; correlationId: unknown } & Record<string, unknown> };
  };
  const { path: _path, correlationId, ...data } = error.data;
  expect(correlationId).toEqual(expect.any(String));
  return { ...error, data };
}

async function deniedEntries(action: string) {
  const r = (await server.database.db.execute(
    sql`select actor_label, outcome, entity_type, entity_key, summary, source_address
        from audit_log where action = ${action} and outcome = 'denied' order by id`,
  )) as unknown as { rows: Record<string, unknown>[] };
  return r.rows;
}

describe('a refused download answers as the API refuses a call', () => {
  it('a role that may not: 403 with the same typed body as a procedure, audited once, alike', async () => {
    const viewer = await server.cookieOf('ks@demo.lagesbild.se');
    const file = await get('/export/omgang/2026-K3.xlsx', viewer);
    const call = await get('/trpc/users.list', viewer);
    expect(file.status).toBe(403);
    expect(call.status).toBe(403);
    expect(typedPart(file.text)).toEqual(typedPart(call.text));
    expect(typedPart(file.text)).toMatchObject({
      message: 'not allowed',
      data: { code: 'FORBIDDEN', httpStatus: 403, fieldIssues: null, details: null },
    });

    const [fileEntries, callEntries] = [
      await deniedEntries('export.round'),
      await deniedEntries('users.list'),
    ];
    expect(fileEntries).toHaveLength(1);
    expect(callEntries).toHaveLength(1);
    expect(fileEntries[0]).toEqual(callEntries[0]);
    expect(fileEntries[0]).toMatchObject({
      actor_label: expect.any(String) as unknown,
      summary: { role: 'viewer' },
      source_address: '127.0.0.1',
    });
  });

  it('nobody signed in: 401 with the same typed body as a procedure', async () => {
    const file = await get('/export/faktorer.xlsx');
    const call = await get('/trpc/users.list');
    expect(file.status).toBe(401);
    expect(call.status).toBe(401);
    expect(typedPart(file.text)).toEqual(typedPart(call.text));
  });

  it('bad input: 400 with field issues, as a procedure gives them', async () => {
    const itd = await server.cookieOf('itd@demo.lagesbild.se');
    const res = await get('/export/ramverk.json?version=x', itd);
    expect(res.status).toBe(400);
    expect(typedPart(res.text)).toMatchObject({
      message: 'Invalid input',
      data: { code: 'BAD_REQUEST', fieldIssues: [{ path: 'version', code: 'version' }] },
    });
  });
});

describe('a download when the database cannot keep changes', () => {
  // The database itself answers every audit write as a full disk does (SQLSTATE 53100).
  const setDiskFull = async (on: boolean) => {
    const db = server.database.db;
    if (on) {
      await db.execute(sql`create function test_disk_full() returns trigger language plpgsql as $$
        begin raise exception 'could not extend file: No space left on device' using errcode = '53100'; end $$`);
      await db.execute(
        sql`create trigger test_disk_full before insert on audit_log for each row execute function test_disk_full()`,
      );
    } else {
      await db.execute(sql`drop trigger test_disk_full on audit_log`);
      await db.execute(sql`drop function test_disk_full()`);
    }
  };

  it('answers 503 with the API storage message, no SQL or stack, and serves again after', async () => {
    const itd = await server.cookieOf('itd@demo.lagesbild.se');
    await setDiskFull(true);
    let res: { status: number; text: string };
    try {
      res = await get('/export/faktorer.xlsx', itd);
    } finally {
      await setDiskFull(false);
    }
    expect(res.status).toBe(503);
    expect(typedPart(res.text)).toMatchObject({
      message: expect.stringContaining(
        'Lagringen är full eller skrivskyddad – ändringar kan inte sparas just nu.',
      ) as unknown,
      data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503, details: { reason: 'storage' } },
    });
    expect(res.text).not.toMatch(
      /No space left|could not extend|insert|audit_log|SQL|stack|\.ts:/i,
    );
    expect((await get('/export/faktorer.xlsx', itd)).status).toBe(200);
  });
});
