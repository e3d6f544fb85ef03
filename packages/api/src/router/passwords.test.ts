import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBrowser } from '../testing/browser';
import { failureOf } from '../testing/users';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await openTestDatabase();
});
afterEach(() => handle.close());

const NOW = () => new Date('2026-11-27T10:00:00Z');
const DEMO = 'lagesbild-demo';
const REPORTER = 'miljoforvaltningen@demo.lagesbild.se';

/** One browser: its own cookie jar, signed in through the API as a person would be. */
const browser = () => testBrowser(handle.db, { now: NOW });

async function signedIn(email: string, password = DEMO) {
  const b = browser();
  await (await b.caller()).auth.signIn({ email, password });
  return b;
}

const audited = async (action: string) =>
  (
    (await handle.db.execute(
      sql`select outcome from audit_log where action = ${action} order by id`,
    )) as unknown as { rows: { outcome: string }[] }
  ).rows.map((r) => r.outcome);

describe('changing one’s own password', () => {
  it('needs the current one, ends the other sessions and keeps this one', async () => {
    const here = await signedIn(REPORTER);
    const elsewhere = await signedIn(REPORTER);
    const wrong = await failureOf(
      (await here.caller()).auth.changePassword({
        currentPassword: 'inte-det-här',
        newPassword: 'en lång ny fras att minnas',
      }),
    );
    expect(wrong).toMatchObject({
      code: 'BAD_REQUEST',
      details: { field: 'currentPassword', code: 'wrongPassword' },
    });
    const same = await failureOf(
      (await here.caller()).auth.changePassword({ currentPassword: DEMO, newPassword: DEMO }),
    );
    expect(same.code).toBe('BAD_REQUEST');
    expect(same.message).toContain('samePassword');

    await (
      await here.caller()
    ).auth.changePassword({
      currentPassword: DEMO,
      newPassword: 'en lång ny fras att minnas',
    });
    expect(await (await here.caller()).auth.me()).toMatchObject({ email: REPORTER });
    expect(await (await elsewhere.caller()).auth.me()).toBeNull();
    await expect(
      (await browser().caller()).auth.signIn({ email: REPORTER, password: DEMO }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await signedIn(REPORTER, 'en lång ny fras att minnas');
    expect(await audited('auth.changePassword')).toEqual(['failure', 'success']);
  });
});

describe('a reset by ITD', () => {
  it('signs the person out, and lets the temporary password do nothing but choose a new one', async () => {
    const reporter = await signedIn(REPORTER);
    const itd = await (await signedIn('itd@demo.lagesbild.se')).caller();
    const target = (await itd.users.list()).find((u) => u.email === REPORTER)!;
    const { user, temporaryPassword } = await itd.users.resetPassword({
      id: target.id,
      version: target.version,
    });
    expect(temporaryPassword).toMatch(/^([a-z2-9]{4}-){3}[a-z2-9]{4}$/);
    expect(user.version).toBe(target.version + 1);
    expect(await (await reporter.caller()).auth.me()).toBeNull();

    const again = await signedIn(REPORTER, temporaryPassword);
    const first = await again.caller();
    expect(await first.auth.me()).toMatchObject({ mustChangePassword: true });
    expect(await failureOf(first.maturity.overview({}))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'passwordChangeRequired',
    });
    await first.auth.changePassword({
      currentPassword: temporaryPassword,
      newPassword: 'min egen lösenfras nu',
    });
    const after = await again.caller();
    expect(await after.auth.me()).toMatchObject({ mustChangePassword: false });
    expect((await after.maturity.overview({})).units.length).toBeGreaterThan(0);
    expect(await audited('users.resetPassword')).toEqual(['success']);
  });

  it('is refused for one’s own account, for an account without a password, and for a stale version', async () => {
    const itd = await (await signedIn('itd@demo.lagesbild.se')).caller();
    const users = await itd.users.list();
    const self = users.find((u) => u.email === 'itd@demo.lagesbild.se')!;
    expect(
      await failureOf(itd.users.resetPassword({ id: self.id, version: self.version })),
    ).toMatchObject({ details: { field: 'id', code: 'ownAccount' } });
    const oidc = await itd.users.create({
      email: 'sso@malmo.se',
      name: 'Inloggad via kommunen',
      role: 'viewer',
      unitSlug: null,
    });
    expect(
      await failureOf(itd.users.resetPassword({ id: oidc.id, version: oidc.version })),
    ).toMatchObject({ details: { field: 'id', code: 'notLocalAccount' } });
    const target = users.find((u) => u.email === REPORTER)!;
    expect(
      await failureOf(itd.users.resetPassword({ id: target.id, version: target.version + 5 })),
    ).toMatchObject({ code: 'CONFLICT' });
    const reporter = await (await signedIn(REPORTER)).caller();
    expect(
      await failureOf(reporter.users.resetPassword({ id: target.id, version: target.version })),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });
});
