import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import type { SessionUser } from '@lagesbild/domain';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, createContextInner, type SessionCookie } from '../context';
import { createCaller } from '../index';
import { loadTestUser, signedInUser } from '../testing/users';

let handle: DatabaseHandle;
let itd: SessionUser;
beforeAll(async () => {
  handle = await openTestDatabase();
  itd = await loadTestUser(handle.db, 'itd');
});
afterAll(() => handle.close());

const asItd = () =>
  createCaller(createContextInner({ db: handle.db, organisationSlug: 'malmo', user: itd }));

async function auditOf(userId: number) {
  const r = (await handle.db.execute(
    sql`select action, outcome, actor_label, summary from audit_log
        where entity_type = 'user' and entity_key = ${String(userId)} order by id`,
  )) as unknown as { rows: Record<string, unknown>[] };
  return r.rows;
}

async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe('users (ITD administration)', () => {
  it('lists the demo users with their role, unit and how they sign in, never a password hash', async () => {
    const users = await asItd().users.list();
    expect(users.length).toBeGreaterThanOrEqual(15);
    const reporter = users.find((u) => u.email === 'miljoforvaltningen@demo.lagesbild.se');
    expect(reporter).toMatchObject({
      role: 'reporter',
      unitSlug: 'miljoforvaltningen',
      signIn: 'local',
      disabled: false,
    });
    expect(JSON.stringify(users)).not.toContain('scrypt');
  });

  it('creates a local account that can sign in, and audits it', async () => {
    const created = await asItd().users.create({
      email: 'Ny.Rapportor@Malmo.se',
      name: 'Ny Rapportör',
      role: 'reporter',
      unitSlug: 'fritidsforvaltningen',
      password: 'ett långt lösenord',
    });
    expect(created).toMatchObject({ email: 'ny.rapportor@malmo.se', signIn: 'local', version: 1 });
    const jar: SessionCookie = { token: null, set: () => {}, clear: () => {} };
    const signedIn = await signedInUser(
      createCaller(
        await createContext({ db: handle.db, organisationSlug: 'malmo', cookie: jar }),
      ).auth.signIn({ email: 'ny.rapportor@malmo.se', password: 'ett långt lösenord' }),
    );
    expect(signedIn.unitSlug).toBe('fritidsforvaltningen');
    expect(await auditOf(created.id)).toMatchObject([
      { action: 'users.create', outcome: 'success', actor_label: itd.name },
    ]);
  });

  it('refuses an e-mail already in use, a reporter without a unit and an unknown unit, per field', async () => {
    const taken = await rejection(
      asItd().users.create({
        email: 'KS@demo.lagesbild.se',
        name: 'Dubblett',
        role: 'viewer',
        unitSlug: null,
      }),
    );
    expect(taken.code).toBe('BAD_REQUEST');
    const noUnit = await rejection(
      asItd().users.create({ email: 'a@b.se', name: 'A', role: 'reporter', unitSlug: null }),
    );
    expect(noUnit.code).toBe('BAD_REQUEST');
    const unknown = await rejection(
      asItd().users.create({ email: 'a@b.se', name: 'A', role: 'reporter', unitSlug: 'finns-ej' }),
    );
    expect(unknown.message).toBe('unknownUnit');
    const extra = await rejection(
      asItd().users.create({
        email: 'a@b.se',
        name: 'A',
        role: 'viewer',
        unitSlug: null,
        isAdmin: true,
      } as never),
    );
    expect(extra.code).toBe('BAD_REQUEST');
    expect((await asItd().users.list()).some((u) => u.email === 'a@b.se')).toBe(false);
  });

  it('changes a role with the version read, audits before and after, and refuses a stale version', async () => {
    const [viewer] = (await asItd().users.list()).filter((u) => u.email === 'ks@demo.lagesbild.se');
    const changed = await asItd().users.update({
      id: viewer!.id,
      version: viewer!.version,
      name: viewer!.name,
      role: 'reporter',
      unitSlug: 'kulturforvaltningen',
    });
    expect(changed).toMatchObject({ role: 'reporter', version: viewer!.version + 1 });
    const stale = await rejection(
      asItd().users.update({
        id: viewer!.id,
        version: viewer!.version,
        name: 'Någon annan',
        role: 'viewer',
        unitSlug: null,
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    const after = (await asItd().users.list()).find((u) => u.id === viewer!.id);
    expect(after).toMatchObject({ name: viewer!.name, role: 'reporter' });
    expect((await auditOf(viewer!.id)).at(-1)).toMatchObject({
      action: 'users.roleChange',
      summary: {
        before: { role: 'viewer', unit: null },
        after: { role: 'reporter', unit: 'kulturforvaltningen' },
      },
    });
  });

  it('a disabled user is out on the next request and cannot sign in; enabling lets them back', async () => {
    const cookie = { token: null as string | null };
    const jar: SessionCookie = {
      get token() {
        return cookie.token;
      },
      set: (t) => void (cookie.token = t),
      clear: () => void (cookie.token = null),
    };
    const browser = async () =>
      createCaller(await createContext({ db: handle.db, organisationSlug: 'malmo', cookie: jar }));
    const credentials = {
      email: 'grundskoleforvaltningen@demo.lagesbild.se',
      password: 'lagesbild-demo',
    };
    const me = await signedInUser((await browser()).auth.signIn(credentials));
    const target = (await asItd().users.list()).find((u) => u.id === me.id)!;
    await asItd().users.setDisabled({ id: me.id, version: target.version, disabled: true });
    expect(await (await browser()).auth.me()).toBeNull();
    expect((await rejection((await browser()).auth.signIn(credentials))).code).toBe('UNAUTHORIZED');
    await asItd().users.setDisabled({ id: me.id, version: target.version + 1, disabled: false });
    expect((await signedInUser((await browser()).auth.signIn(credentials))).id).toBe(me.id);
    expect((await auditOf(me.id)).map((e) => e.action)).toEqual(['users.disable', 'users.enable']);
  });

  it('itd can neither disable itself nor change its own role, so nobody locks ITD out by mistake', async () => {
    const self = (await asItd().users.list()).find((u) => u.id === itd.id)!;
    const disable = await rejection(
      asItd().users.setDisabled({ id: itd.id, version: self.version, disabled: true }),
    );
    expect(disable.message).toBe('ownAccount');
    const demote = await rejection(
      asItd().users.update({
        id: self.id,
        version: self.version,
        name: self.name,
        role: 'viewer',
        unitSlug: null,
      }),
    );
    expect(demote.message).toBe('ownRole');
  });
});
