import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../testing/browser';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

/** A browser's cookie jar for one session cookie, and a clock the test moves. */
function browser() {
  let minutes = 0;
  const clock = () => new Date(Date.UTC(2026, 10, 27, 8, 0) + minutes * 60_000);
  return { ...testBrowser(handle.db, { now: clock }), wait: (m: number) => void (minutes += m) };
}

async function lastAudit() {
  const r = (await handle.db.execute(
    sql`select actor_label, action, outcome, summary from audit_log order by id desc limit 1`,
  )) as unknown as { rows: Record<string, unknown>[] };
  return r.rows[0];
}

const itd = { email: 'itd@demo.lagesbild.se', password: 'lagesbild-demo' };

describe('auth', () => {
  it('signs in with the right password, sets a session cookie and knows who is signed in', async () => {
    const b = browser();
    expect(await (await b.caller()).auth.me()).toBeNull();
    const user = await (await b.caller()).auth.signIn(itd);
    expect(user).toMatchObject({ role: 'itd', email: itd.email, unitSlug: null });
    expect(b.jar.token).toMatch(/^[\w-]{43}$/);
    expect(b.jar.maxAge).toBe(12 * 3600);
    expect(await (await b.caller()).auth.me()).toEqual(user);
    expect(await lastAudit()).toMatchObject({ action: 'auth.signIn', outcome: 'success' });
  });

  it('a wrong password or unknown e-mail is refused the same way and audited', async () => {
    for (const attempt of [
      { ...itd, password: 'fel' },
      { email: 'ingen@demo.lagesbild.se', password: 'fel' },
    ]) {
      const b = browser();
      const error = await (await b.caller()).auth.signIn(attempt).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('UNAUTHORIZED');
      expect((error as TRPCError).message).toBe('wrong e-mail or password');
      expect(b.jar.token).toBeNull();
      expect(await lastAudit()).toMatchObject({ actor_label: attempt.email, outcome: 'failure' });
    }
  });

  it('a reporter is bound to its unit by the session', async () => {
    const b = browser();
    await (
      await b.caller()
    ).auth.signIn({ email: 'miljoforvaltningen@demo.lagesbild.se', password: 'lagesbild-demo' });
    expect(await (await b.caller()).auth.me()).toMatchObject({
      role: 'reporter',
      unitSlug: 'miljoforvaltningen',
    });
  });

  it('gives a new session id at every sign-in and ends the old one', async () => {
    const b = browser();
    await (await b.caller()).auth.signIn(itd);
    const first = b.jar.token;
    await (await b.caller()).auth.signIn(itd);
    expect(b.jar.token).not.toBe(first);
    const stale = browser();
    stale.jar.token = first;
    expect(await (await stale.caller()).auth.me()).toBeNull();
  });

  it('ends the session after 30 idle minutes and on sign-out', async () => {
    const b = browser();
    await (await b.caller()).auth.signIn(itd);
    b.wait(29);
    expect(await (await b.caller()).auth.me()).not.toBeNull();
    b.wait(31);
    expect(await (await b.caller()).auth.me()).toBeNull();
    expect(b.jar.token).toBeNull();

    await (await b.caller()).auth.signIn(itd);
    const token = b.jar.token;
    expect(await (await b.caller()).auth.signOut()).toEqual({ signedOut: true });
    expect(b.jar.token).toBeNull();
    const replay = browser();
    replay.jar.token = token;
    expect(await (await replay.caller()).auth.me()).toBeNull();
  });

  it('after 5 failed attempts an account is locked for 15 minutes, even with the right password', async () => {
    const b = browser();
    const account = { email: 'kulturforvaltningen@demo.lagesbild.se', password: 'lagesbild-demo' };
    for (let i = 0; i < 5; i++) {
      await expect(
        (await b.caller()).auth.signIn({ ...account, password: `fel ${i}` }),
      ).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
    }
    await expect((await b.caller()).auth.signIn(account)).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
    expect(b.jar.token).toBeNull();
    // An auditor sees the attempts on the locked account too.
    expect(await lastAudit()).toMatchObject({
      actor_label: account.email,
      action: 'auth.signIn',
      outcome: 'denied',
      summary: { reason: 'locked' },
    });
    b.wait(16);
    expect(await (await b.caller()).auth.signIn(account)).toMatchObject({
      unitSlug: 'kulturforvaltningen',
    });
  });

  it('refuses extra fields and a malformed e-mail', async () => {
    const caller = await browser().caller();
    await expect(caller.auth.signIn({ ...itd, role: 'itd' } as never)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      caller.auth.signIn({ email: 'inte-en-adress', password: 'x' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
