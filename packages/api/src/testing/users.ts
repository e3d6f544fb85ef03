import { isPendingSignIn, type SessionUser, type SignInResult } from '@lagesbild/domain';
import type { Database } from '@lagesbild/db/client';
import { findLocalAccount } from '@lagesbild/db/repositories';
import { organisations } from '@lagesbild/db/schema';
import { eq } from 'drizzle-orm';

/** Demo accounts as test callers: every role, and reporters of two different units. */
export const TEST_ACCOUNTS = {
  itd: 'itd@demo.lagesbild.se',
  viewer: 'ks@demo.lagesbild.se',
  reporterA: 'miljoforvaltningen@demo.lagesbild.se',
  reporterB: 'kulturforvaltningen@demo.lagesbild.se',
} as const;
export type TestAccount = keyof typeof TEST_ACCOUNTS;

export async function loadTestUser(db: Database, account: TestAccount): Promise<SessionUser> {
  const found = await findLocalAccount(db, 'malmo', TEST_ACCOUNTS[account]);
  if (!found) throw new Error(`demo account ${account} missing`);
  const { passwordHash: _p, disabled: _d, ...user } = found;
  return user;
}

/** A caller signed in as a demo account, with a clock the test may set. */
export async function callAs(
  db: Database,
  account: TestAccount,
  now: () => Date = () => new Date('2026-11-27T10:00:00Z'),
) {
  const { createCaller } = await import('../index');
  const { createContextInner } = await import('../context');
  return createCaller(
    createContextInner({
      db,
      organisationSlug: 'malmo',
      user: await loadTestUser(db, account),
      now,
    }),
  );
}

/**
 * Takes away the demo city's fixed day, so its date-dependent figures follow the test's clock as a real
 * city's do (for tests of how lateness and "today" move with the calendar).
 */
export async function readAsRealCity(db: Database): Promise<void> {
  await db.update(organisations).set({ asOfDate: null }).where(eq(organisations.slug, 'malmo'));
}

/** The error a call fails with; fails the test when the call succeeds. */
export async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const e = error as { code?: string; message: string; cause?: { details?: unknown } };
    return { code: e.code, message: e.message, details: e.cause?.details };
  }
  throw new Error('expected the call to fail');
}

/** A refused input's code and the field it names, as the form would place it. */
export async function fieldFailureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const e = error as { code?: string; message: string; cause?: { field?: string } };
    return { code: e.code, message: e.message, field: e.cause?.field };
  }
  throw new Error('expected the call to fail');
}

/** A sign-in's user, for accounts without a second factor; fails the test when one is asked for. */
export async function signedInUser(result: Promise<SignInResult>): Promise<SessionUser> {
  const done = await result;
  if (isPendingSignIn(done)) throw new Error('expected a sign-in without a second step');
  return done;
}
