import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantApplicationRole, roleOfUrl } from './app-role';
import type { DatabaseHandle } from './client';
import { openTestDatabase } from './testing/test-db';

const ROLE = 'lagesbild_app_test';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  // Roles belong to the whole server and test files run in parallel: create it once, quietly.
  await handle.db.execute(
    sql.raw(`do $$ begin create role ${ROLE};
             exception when duplicate_object or unique_violation then null; end $$`),
  );
  await grantApplicationRole(handle, ROLE);
});
afterAll(() => handle.close());

/** Runs statements as the application's role, inside a transaction that is always rolled back. */
async function asApplication(statement: string): Promise<string> {
  try {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local role ${ROLE}`));
      await tx.execute(sql.raw(statement));
      tx.rollback();
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause ?? error;
    const code = (cause as { code?: string }).code;
    return code === '42501' ? 'refused' : code ? `error ${code}` : 'ok';
  }
  return 'ok';
}

describe('the application role', () => {
  it('reads and writes the data', async () => {
    expect(await asApplication(`select count(*) from assessments`)).toBe('ok');
    expect(await asApplication(`update assessments set comment = 'x' where id = 1`)).toBe('ok');
    expect(await asApplication(`delete from sessions`)).toBe('ok');
  });

  it('may append to the audit log and read it, but never change, delete or truncate it', async () => {
    expect(
      await asApplication(
        `insert into audit_log (actor_label, action, outcome) values ('test', 'test', 'success')`,
      ),
    ).toBe('ok');
    expect(await asApplication(`select count(*) from audit_log`)).toBe('ok');
    expect(await asApplication(`update audit_log set actor_label = 'someone else'`)).toBe(
      'refused',
    );
    expect(await asApplication(`delete from audit_log`)).toBe('refused');
    expect(await asApplication(`truncate audit_log`)).toBe('refused');
  });

  it('reads the role from a connection string', () => {
    expect(roleOfUrl('postgres://lagesbild_app:secret@db:5432/lagesbild')).toBe('lagesbild_app');
    expect(() => roleOfUrl('postgres://db:5432/lagesbild')).toThrow(/no user/);
  });
});
