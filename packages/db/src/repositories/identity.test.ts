import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { verifyPassword } from '../passwords';
import { DEMO_PASSWORD } from '../seed/users';
import { openTestDatabase } from '../testing/test-db';
import { appendAudit } from './audit';
import {
  createSession,
  createUser,
  deleteSession,
  disableUser,
  findLocalAccount,
  resolveSession,
} from './identity';

/** The clock these tests pin. */
const NOW = new Date('2026-11-27T10:00:00Z');

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const policy = { idleMs: 30 * 60_000, absoluteMs: 12 * 3600_000 };
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 27, 8, 0) + minutes * 60_000);
let sessionCounter = 0;
const newSession = async (userId: number, minutes = 0) => {
  const idHash = `test-session-${++sessionCounter}`;
  await createSession(handle.db, { idHash, userId, now: at(minutes), policy });
  return idHash;
};

describe('demo accounts', () => {
  it('a reporter belongs to its unit and signs in with the demo password', async () => {
    const account = await findLocalAccount(
      handle.db,
      'malmo',
      'Kulturforvaltningen@demo.lagesbild.se',
    );
    expect(account).toMatchObject({
      role: 'reporter',
      unitSlug: 'kulturforvaltningen',
      disabled: false,
    });
    expect(await verifyPassword(DEMO_PASSWORD, account!.passwordHash!)).toBe(true);
  });

  it('itd and the KS reader belong to no unit', async () => {
    expect(await findLocalAccount(handle.db, 'malmo', 'itd@demo.lagesbild.se')).toMatchObject({
      role: 'itd',
      unitSlug: null,
    });
    expect(await findLocalAccount(handle.db, 'malmo', 'ks@demo.lagesbild.se')).toMatchObject({
      role: 'viewer',
      unitSlug: null,
    });
    expect(await findLocalAccount(handle.db, 'malmo', 'ingen@demo.lagesbild.se')).toBeNull();
  });

  it('the database refuses a reporter without a unit and a viewer with one', async () => {
    await expect(
      createUser(handle.db, {
        organisationSlug: 'malmo',
        email: 'a@x.se',
        name: 'A',
        role: 'reporter',
      }),
    ).rejects.toThrow();
    await expect(
      createUser(handle.db, {
        organisationSlug: 'malmo',
        email: 'b@x.se',
        name: 'B',
        role: 'viewer',
        unitSlug: 'kulturforvaltningen',
      }),
    ).rejects.toThrow();
  });
});

describe('sessions', () => {
  let userId: number;
  beforeAll(async () => {
    userId = await createUser(handle.db, {
      organisationSlug: 'malmo',
      email: 'sessions@x.se',
      name: 'S',
      role: 'viewer',
    });
  });

  it('an active session is renewed by use and ends after 30 idle minutes', async () => {
    const id = await newSession(userId);
    expect(await resolveSession(handle.db, id, at(29), policy)).toMatchObject({
      id: userId,
      role: 'viewer',
    });
    expect(await resolveSession(handle.db, id, at(58), policy)).not.toBeNull();
    expect(await resolveSession(handle.db, id, at(89), policy)).toBeNull();
    // Ended means removed: even a time within the window does not bring it back.
    expect(await resolveSession(handle.db, id, at(59), policy)).toBeNull();
  });

  it('ends at the absolute limit however active it is', async () => {
    const id = await newSession(userId);
    for (let m = 25; m < 12 * 60; m += 25)
      expect(await resolveSession(handle.db, id, at(m), policy)).not.toBeNull();
    expect(await resolveSession(handle.db, id, at(12 * 60), policy)).toBeNull();
  });

  it('a disabled user is out on the next request', async () => {
    const other = await createUser(handle.db, {
      organisationSlug: 'malmo',
      email: 'disabled@x.se',
      name: 'D',
      role: 'itd',
    });
    const id = await newSession(other);
    expect(await resolveSession(handle.db, id, at(1), policy)).not.toBeNull();
    await disableUser(handle.db, other, at(2));
    expect(await resolveSession(handle.db, id, at(3), policy)).toBeNull();
  });

  it('sign-out removes the session', async () => {
    const id = await newSession(userId);
    await deleteSession(handle.db, id);
    expect(await resolveSession(handle.db, id, at(1), policy)).toBeNull();
  });
});

describe('audit log', () => {
  it('appends entries with who, what and the outcome', async () => {
    await appendAudit(handle.db, {
      organisationSlug: 'malmo',
      at: NOW,
      actorUserId: null,
      actorLabel: 'okand@x.se',
      action: 'auth.signIn',
      outcome: 'failure',
      summary: { reason: 'wrong password' },
    });
    const { rows } = (await handle.db.execute(
      sql`select actor_label, action, outcome, summary from audit_log order by id desc limit 1`,
    )) as unknown as { rows: Record<string, unknown>[] };
    expect(rows[0]).toEqual({
      actor_label: 'okand@x.se',
      action: 'auth.signIn',
      outcome: 'failure',
      summary: { reason: 'wrong password' },
    });
  });
});

describe('the audit log is append-only', () => {
  it('refuses to change or remove a row, on either database', async () => {
    await appendAudit(handle.db, {
      organisationSlug: 'malmo',
      at: NOW,
      actorUserId: null,
      actorLabel: 'kvar@x.se',
      action: 'test.append',
      outcome: 'success',
    });
    const count = async () =>
      Number(
        (
          (await handle.db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as {
            rows: { n: number }[];
          }
        ).rows[0]!.n,
      );
    const before = await count();
    await expect(handle.db.execute(sql`update audit_log set action = 'ändrad'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    expect(await count()).toBe(before);
    const { rows } = (await handle.db.execute(
      sql`select count(*)::int as n from audit_log where action = 'ändrad'`,
    )) as unknown as { rows: { n: number }[] };
    expect(Number(rows[0]!.n)).toBe(0);
  });
});
