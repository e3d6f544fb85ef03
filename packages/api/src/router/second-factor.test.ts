import type { DatabaseHandle } from '@lagesbild/db/client';
import { isPendingSignIn, type Role, type SignInResult } from '@lagesbild/domain';
import { openTestDatabase } from '@lagesbild/db/testing';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../auth/totp';
import { createContext, createContextInner, type SessionCookie } from '../context';
import { createCaller } from '../index';
import { failureOf } from '../testing/users';

let handle: DatabaseHandle;
// The one clock of every call: TOTP reads it too, so codes are computed for the test's own moment.
let now: Date;
beforeEach(async () => {
  handle = await openTestDatabase();
  now = new Date('2026-11-27T10:00:10Z');
});
afterEach(() => handle.close());

const DEMO = 'lagesbild-demo';
const REPORTER = 'miljoforvaltningen@demo.lagesbild.se';
const ITD = 'itd@demo.lagesbild.se';
const STEP = 30_000;
const later = (ms: number) => (now = new Date(now.getTime() + ms));

function browser(secondFactorRequiredFor: readonly Role[] = []) {
  const jar: { token: string | null } = { token: null };
  const cookie = (): SessionCookie => ({
    token: jar.token,
    set: (token) => Object.assign(jar, { token }),
    clear: () => Object.assign(jar, { token: null }),
  });
  const caller = async () =>
    createCaller(
      await createContext({
        db: handle.db,
        organisationSlug: 'malmo',
        cookie: cookie(),
        now: () => now,
        secondFactorRequiredFor,
      }),
    );
  return { jar, caller };
}

async function signedInItd() {
  const b = browser();
  await (await b.caller()).auth.signIn({ email: ITD, password: DEMO });
  return b.caller();
}

function pendingOf(result: SignInResult) {
  if (!isPendingSignIn(result)) throw new Error('expected a second step');
  return result;
}

/** Signed in as the reporter, with an authenticator enrolled and confirmed: its secret and codes. */
async function enrolled() {
  const b = browser();
  await (await b.caller()).auth.signIn({ email: REPORTER, password: DEMO });
  const { secret } = await (await b.caller()).secondFactor.startEnrolment();
  const { recoveryCodes } = await (
    await b.caller()
  ).secondFactor.confirmEnrolment({ code: totpCodeAt(secret, now) });
  return { browser: b, secret, recoveryCodes };
}

const audited = async (action: string) =>
  (
    (await handle.db.execute(
      sql`select outcome, summary from audit_log where action = ${action} order by id`,
    )) as unknown as { rows: { outcome: string; summary: Record<string, unknown> | null }[] }
  ).rows;

describe('enrolment', () => {
  it('shows the secret once, and only a confirmed code turns it on with ten recovery codes', async () => {
    const b = browser();
    await (await b.caller()).auth.signIn({ email: REPORTER, password: DEMO });
    const me = await b.caller();
    expect(await me.secondFactor.status()).toEqual({
      available: true,
      enabled: false,
      recoveryCodesLeft: 0,
    });
    const enrolment = await me.secondFactor.startEnrolment();
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.uri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qrSvg).toMatch(/^<svg [^>]*viewBox/);

    const wrong = String((Number(totpCodeAt(enrolment.secret, now)) + 1) % 1e6).padStart(6, '0');
    expect(await failureOf(me.secondFactor.confirmEnrolment({ code: wrong }))).toMatchObject({
      code: 'BAD_REQUEST',
      details: { field: 'code', code: 'wrongCode' },
    });
    expect((await me.secondFactor.status()).enabled).toBe(false);

    const { recoveryCodes } = await me.secondFactor.confirmEnrolment({
      code: totpCodeAt(enrolment.secret, now),
    });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(recoveryCodes[0]).toMatch(/^([a-z2-9]{4}-){5}[a-z2-9]{4}$/);
    expect(await me.secondFactor.status()).toEqual({
      available: true,
      enabled: true,
      recoveryCodesLeft: 10,
    });
    expect(await failureOf(me.secondFactor.startEnrolment())).toMatchObject({
      details: { field: 'code', code: 'alreadyEnabled' },
    });
    // Only hashes of the recovery codes are kept.
    const stored = (await handle.db.execute(
      sql`select code_hash from recovery_codes`,
    )) as unknown as { rows: { code_hash: string }[] };
    expect(stored.rows.map((r) => r.code_hash)).not.toContain(recoveryCodes[0]);
    expect((await audited('secondFactor.enable')).map((e) => e.outcome)).toEqual([
      'failure',
      'success',
    ]);
  });

  it('is not offered to an account that signs in through the identity provider', async () => {
    const b = browser();
    await (await b.caller()).auth.signIn({ email: ITD, password: DEMO });
    const itd = await b.caller();
    await itd.users.create({
      email: 'sso@malmo.se',
      name: 'Via kommunen',
      role: 'viewer',
      unitSlug: null,
    });
    await handle.db.execute(
      sql`update users set oidc_issuer = 'https://idp.example', oidc_subject = 'abc' where email = 'sso@malmo.se'`,
    );
    const sso = createCaller(
      createContextInner({
        db: handle.db,
        organisationSlug: 'malmo',
        now: () => now,
        user: {
          id: (await itd.users.list()).find((u) => u.email === 'sso@malmo.se')!.id,
          name: 'Via kommunen',
          email: 'sso@malmo.se',
          role: 'viewer',
          unitSlug: null,
          mustChangePassword: false,
        },
      }),
    );
    expect((await sso.secondFactor.status()).available).toBe(false);
    expect(await failureOf(sso.secondFactor.startEnrolment())).toMatchObject({
      details: { code: 'notLocalAccount' },
    });
  });
});

describe('signing in with a second factor', () => {
  it('needs the code after the password; a wrong code is a field error and no session', async () => {
    const { secret } = await enrolled();
    later(STEP);
    const b = browser();
    const pending = pendingOf(
      await (await b.caller()).auth.signIn({ email: REPORTER, password: DEMO }),
    );
    expect(pending.expiresAt).toBe(new Date(now.getTime() + 5 * 60_000).toISOString());
    expect(b.jar.token).toBeNull();
    expect(await (await b.caller()).auth.me()).toBeNull();

    const wrong = String((Number(totpCodeAt(secret, now)) + 1) % 1e6).padStart(6, '0');
    expect(
      await failureOf(
        (await b.caller()).auth.verifySecondFactor({
          pendingToken: pending.pendingToken,
          code: wrong,
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', details: { field: 'code', code: 'wrongCode' } });
    expect(b.jar.token).toBeNull();

    const user = await (
      await b.caller()
    ).auth.verifySecondFactor({
      pendingToken: pending.pendingToken,
      code: totpCodeAt(secret, now),
    });
    expect(user).toMatchObject({ email: REPORTER });
    expect(await (await b.caller()).auth.me()).toMatchObject({ email: REPORTER });
    // The pending sign-in is spent with it.
    expect(
      await failureOf(
        (await browser().caller()).auth.verifySecondFactor({
          pendingToken: pending.pendingToken,
          code: totpCodeAt(secret, new Date(now.getTime() + STEP)),
        }),
      ),
    ).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await audited('auth.verifySecondFactor')).map((e) => e.outcome)).toEqual([
      'failure',
      'success',
      'denied',
    ]);
    expect((await audited('auth.signIn')).at(-1)?.summary).toEqual({ secondFactor: 'required' });
  });

  it('refuses a code used once already, even within its window', async () => {
    const { secret } = await enrolled();
    // The code that confirmed the enrolment is spent: the same step, again, is refused.
    const first = pendingOf(
      await (await browser().caller()).auth.signIn({ email: REPORTER, password: DEMO }),
    );
    const replay = await failureOf(
      (await browser().caller()).auth.verifySecondFactor({
        pendingToken: first.pendingToken,
        code: totpCodeAt(secret, now),
      }),
    );
    expect(replay).toMatchObject({ details: { field: 'code', code: 'wrongCode' } });
    // The next step's code is fine, once.
    const next = totpCodeAt(secret, new Date(now.getTime() + STEP));
    await (
      await browser().caller()
    ).auth.verifySecondFactor({ pendingToken: first.pendingToken, code: next });
    const second = pendingOf(
      await (await browser().caller()).auth.signIn({ email: REPORTER, password: DEMO }),
    );
    expect(
      await failureOf(
        (await browser().caller()).auth.verifySecondFactor({
          pendingToken: second.pendingToken,
          code: next,
        }),
      ),
    ).toMatchObject({ details: { code: 'wrongCode' } });
    expect((await audited('auth.verifySecondFactor')).map((e) => e.summary)).toEqual([
      { reason: 'replayed code' },
      { method: 'totp' },
      { reason: 'replayed code' },
    ]);
  });

  it('takes a recovery code once, in any case and with or without dashes', async () => {
    const { recoveryCodes } = await enrolled();
    const code = recoveryCodes[3]!;
    const b = browser();
    const pending = pendingOf(
      await (await b.caller()).auth.signIn({ email: REPORTER, password: DEMO }),
    );
    await (
      await b.caller()
    ).auth.verifySecondFactor({
      pendingToken: pending.pendingToken,
      code: ` ${code.replaceAll('-', ' ').toUpperCase()} `,
    });
    expect(await (await b.caller()).auth.me()).toMatchObject({ email: REPORTER });
    expect((await (await b.caller()).secondFactor.status()).recoveryCodesLeft).toBe(9);

    const again = pendingOf(
      await (await browser().caller()).auth.signIn({ email: REPORTER, password: DEMO }),
    );
    expect(
      await failureOf(
        (await browser().caller()).auth.verifySecondFactor({
          pendingToken: again.pendingToken,
          code,
        }),
      ),
    ).toMatchObject({ details: { field: 'code', code: 'wrongCode' } });
  });

  it('counts wrong codes toward the account’s sign-in limit, and the pending sign-in ends after five minutes', async () => {
    const { secret } = await enrolled();
    later(STEP);
    const pending = pendingOf(
      await (await browser().caller()).auth.signIn({ email: REPORTER, password: DEMO }),
    );
    for (let i = 0; i < 5; i++) {
      await failureOf(
        (await browser().caller()).auth.verifySecondFactor({
          pendingToken: pending.pendingToken,
          code: '000000' === totpCodeAt(secret, now) ? '111111' : '000000',
        }),
      );
    }
    const right = { pendingToken: pending.pendingToken, code: totpCodeAt(secret, now) };
    expect(
      await failureOf((await browser().caller()).auth.verifySecondFactor(right)),
    ).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(
      await failureOf((await browser().caller()).auth.signIn({ email: REPORTER, password: DEMO })),
    ).toMatchObject({ code: 'TOO_MANY_REQUESTS' });

    // Past the limit's window the lock is over, but that pending sign-in has long expired.
    later(15 * 60_000);
    expect(
      await failureOf(
        (await browser().caller()).auth.verifySecondFactor({
          ...right,
          code: totpCodeAt(secret, now),
        }),
      ),
    ).toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('a sign-in waiting for its code', () => {
  const changes = {
    'the person changes their password': async (reporter: ReturnType<typeof browser>) => {
      await (
        await reporter.caller()
      ).auth.changePassword({ currentPassword: DEMO, newPassword: 'a new password for the test' });
    },
    'ITD resets the password': async () => {
      const itd = await signedInItd();
      const target = (await itd.users.list()).find((u) => u.email === REPORTER)!;
      await itd.users.resetPassword({ id: target.id, version: target.version });
    },
    'ITD disables the account': async () => {
      const itd = await signedInItd();
      const target = (await itd.users.list()).find((u) => u.email === REPORTER)!;
      await itd.users.setDisabled({ id: target.id, version: target.version, disabled: true });
    },
  };
  for (const [change, make] of Object.entries(changes)) {
    it(`ends when ${change}: the old password's code step opens nothing`, async () => {
      const { browser: reporter, secret } = await enrolled();
      later(STEP);
      const other = browser();
      const pending = pendingOf(
        await (await other.caller()).auth.signIn({ email: REPORTER, password: DEMO }),
      );
      await make(reporter);
      expect(
        await failureOf(
          (await other.caller()).auth.verifySecondFactor({
            pendingToken: pending.pendingToken,
            code: totpCodeAt(secret, now),
          }),
        ),
      ).toMatchObject({ code: 'UNAUTHORIZED' });
      expect(other.jar.token).toBeNull();
    });
  }
});

describe('turning it off and ITD’s reset', () => {
  it('needs the password and a current code to turn off', async () => {
    const { browser: b, secret } = await enrolled();
    later(STEP);
    const me = await b.caller();
    const code = totpCodeAt(secret, now);
    expect(
      await failureOf(me.secondFactor.disable({ password: 'fel lösenord', code })),
    ).toMatchObject({ details: { field: 'password', code: 'wrongPassword' } });
    expect(
      await failureOf(me.secondFactor.disable({ password: DEMO, code: '12345' })),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    await me.secondFactor.disable({ password: DEMO, code });
    expect((await me.secondFactor.status()).enabled).toBe(false);
    const result = await (
      await browser().caller()
    ).auth.signIn({ email: REPORTER, password: DEMO });
    expect(isPendingSignIn(result)).toBe(false);
  });

  it('lets ITD remove a person’s second factor, which signs them out', async () => {
    const { browser: reporter } = await enrolled();
    const b = browser();
    await (await b.caller()).auth.signIn({ email: ITD, password: DEMO });
    const itd = await b.caller();
    const target = (await itd.users.list()).find((u) => u.email === REPORTER)!;
    expect(target.secondFactor).toBe(true);
    const after = await itd.users.resetSecondFactor({ id: target.id, version: target.version });
    expect(after).toMatchObject({ secondFactor: false, version: target.version + 1 });
    expect(await (await reporter.caller()).auth.me()).toBeNull();
    const result = await (
      await browser().caller()
    ).auth.signIn({ email: REPORTER, password: DEMO });
    expect(result).toMatchObject({ email: REPORTER });
    expect(
      await failureOf(itd.users.resetSecondFactor({ id: target.id, version: after.version })),
    ).toMatchObject({ details: { field: 'id', code: 'noSecondFactor' } });
    expect((await audited('users.resetSecondFactor')).map((e) => e.outcome)).toEqual(['success']);
    const reporterCaller = await reporter.caller();
    expect(
      await failureOf(
        reporterCaller.users.resetSecondFactor({ id: target.id, version: after.version }),
      ),
    ).toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('a second factor required for a role (REQUIRE_SECOND_FACTOR_FOR)', () => {
  it('lets an ITD account without one do nothing but enrol, and leaves other roles alone', async () => {
    const b = browser(['itd']);
    const signedIn = await (await b.caller()).auth.signIn({ email: ITD, password: DEMO });
    expect(signedIn).toMatchObject({ email: ITD, mustEnrolSecondFactor: true });
    const first = await b.caller();
    expect(await first.auth.me()).toMatchObject({ mustEnrolSecondFactor: true });
    expect(await failureOf(first.maturity.overview({}))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'secondFactorRequired',
    });
    const { secret } = await first.secondFactor.startEnrolment();
    await first.secondFactor.confirmEnrolment({ code: totpCodeAt(secret, now) });
    const after = await b.caller();
    expect((await after.auth.me())?.mustEnrolSecondFactor).toBeUndefined();
    expect((await after.maturity.overview({})).units.length).toBeGreaterThan(0);

    const reporter = browser(['itd']);
    await (await reporter.caller()).auth.signIn({ email: REPORTER, password: DEMO });
    expect((await (await reporter.caller()).maturity.overview({})).units.length).toBeGreaterThan(0);
  });
});
