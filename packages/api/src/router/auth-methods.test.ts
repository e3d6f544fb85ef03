import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContextInner, type SignInMethods } from '../context';
import { createCaller } from '../index';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

function callerWith(signInMethods?: SignInMethods) {
  const jar = { token: null as string | null };
  const caller = createCaller(
    createContextInner({
      db: handle.db,
      organisationSlug: 'malmo',
      cookie: { token: null, set: (token) => void (jar.token = token), clear: () => {} },
      signInMethods,
    }),
  );
  return { caller, jar };
}

const itd = { email: 'itd@demo.lagesbild.se', password: 'lagesbild-demo' };

describe('sign-in methods', () => {
  it.each([
    [undefined, { local: true, oidc: false }],
    [
      { local: false, oidc: true },
      { local: false, oidc: true },
    ],
    [
      { local: true, oidc: true },
      { local: true, oidc: true },
    ],
  ])('offers what the server is configured with (%j)', async (configured, expected) => {
    expect(await callerWith(configured).caller.auth.methods()).toEqual(expected);
  });

  it('refuses the right password when local accounts are off, sets no cookie, and audits it', async () => {
    const { caller, jar } = callerWith({ local: false, oidc: true });
    const error = await caller.auth.signIn(itd).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('FORBIDDEN');
    expect((error as TRPCError).message).not.toMatch(/itd|password is wrong/);
    expect(jar.token).toBeNull();
    const r = (await handle.db.execute(
      sql`select actor_label, action, outcome, summary from audit_log order by id desc limit 1`,
    )) as unknown as { rows: Record<string, unknown>[] };
    expect(r.rows[0]).toMatchObject({
      actor_label: itd.email,
      action: 'auth.signIn',
      outcome: 'denied',
      summary: { method: 'local', reason: 'local accounts off' },
    });
  });

  it('still signs in with the password when local accounts are kept on beside OIDC', async () => {
    const { caller, jar } = callerWith({ local: true, oidc: true });
    expect(await caller.auth.signIn(itd)).toMatchObject({ role: 'itd' });
    expect(jar.token).not.toBeNull();
  });
});
