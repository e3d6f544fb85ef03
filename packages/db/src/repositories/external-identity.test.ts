import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { openTestDatabase } from '../testing/test-db';
import {
  OIDC_LOGIN_TTL_MS,
  saveOidcLogin,
  syncExternalUser,
  takeOidcLogin,
  type ExternalIdentity,
} from './external-identity';
import { createUser, disableUser, findLocalAccount } from './identity';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 27, 8, 0) + minutes * 60_000);
const login = (bindingHash: string) => ({
  bindingHash,
  codeVerifier: 'verifier',
  state: 'state',
  nonce: 'nonce',
  returnPath: '/enhet/miljoforvaltningen',
});

describe('started OIDC sign-ins', () => {
  it('can be taken once, and only by the browser that holds the binding', async () => {
    await saveOidcLogin(handle.db, login('binding-a'), at(0));
    expect(await takeOidcLogin(handle.db, 'binding-other', at(1))).toBeNull();
    expect(await takeOidcLogin(handle.db, 'binding-a', at(1))).toEqual(login('binding-a'));
    expect(await takeOidcLogin(handle.db, 'binding-a', at(1))).toBeNull();
  });

  it('are worthless after ten minutes, and swept away by later sign-ins', async () => {
    await saveOidcLogin(handle.db, login('binding-late'), at(0));
    const late = new Date(at(0).getTime() + OIDC_LOGIN_TTL_MS + 1);
    expect(await takeOidcLogin(handle.db, 'binding-late', late)).toBeNull();

    await saveOidcLogin(handle.db, login('binding-stale'), at(0));
    await saveOidcLogin(handle.db, login('binding-new'), at(11));
    expect(await takeOidcLogin(handle.db, 'binding-stale', at(1))).toBeNull();
    expect(await takeOidcLogin(handle.db, 'binding-new', at(12))).not.toBeNull();
  });
});

const identity = (over: Partial<ExternalIdentity>): ExternalIdentity => ({
  organisationSlug: 'malmo',
  issuer: 'https://idp.example.se',
  subject: 'subject-1',
  email: 'anna@example.se',
  name: 'Anna Andersson',
  role: 'viewer',
  unitSlug: null,
  ...over,
});

describe('users from the identity provider', () => {
  it('creates a user at first sign-in, and finds the same one by subject afterwards', async () => {
    const first = await syncExternalUser(handle.db, identity({ subject: 'jit-1' }));
    expect(first).toMatchObject({ disabled: false, previous: null, user: { role: 'viewer' } });
    const again = await syncExternalUser(
      handle.db,
      identity({ subject: 'jit-1', email: 'Anna.Ny@Example.se', name: 'Anna Ny' }),
    );
    expect(again!.user).toEqual({
      id: first!.user.id,
      name: 'Anna Ny',
      email: 'anna.ny@example.se',
      mustChangePassword: false,
      role: 'viewer',
      unitSlug: null,
    });
    expect(again!.previous).toEqual({ role: 'viewer', unitSlug: null });
  });

  it('links a pre-created user with the same e-mail, and takes role and unit from the claims', async () => {
    const id = await createUser(handle.db, {
      organisationSlug: 'malmo',
      email: 'forhand@example.se',
      name: 'Förhand',
      role: 'viewer',
    });
    const synced = await syncExternalUser(
      handle.db,
      identity({
        subject: 'link-1',
        email: 'FORHAND@example.se',
        role: 'reporter',
        unitSlug: 'miljoforvaltningen',
      }),
    );
    expect(synced).toMatchObject({
      user: { id, role: 'reporter', unitSlug: 'miljoforvaltningen' },
      previous: { role: 'viewer', unitSlug: null },
    });
    expect(await findLocalAccount(handle.db, 'malmo', 'forhand@example.se')).toMatchObject({
      role: 'reporter',
      unitSlug: 'miljoforvaltningen',
    });
  });

  it('never takes over a user already linked to another subject', async () => {
    await syncExternalUser(handle.db, identity({ subject: 'owner', email: 'delad@example.se' }));
    await expect(
      syncExternalUser(handle.db, identity({ subject: 'intruder', email: 'delad@example.se' })),
    ).rejects.toThrow();
  });

  it('refuses a reporter whose unit is unknown or missing', async () => {
    for (const unitSlug of ['finns-inte', null]) {
      expect(
        await syncExternalUser(handle.db, identity({ subject: 'r-x', role: 'reporter', unitSlug })),
      ).toBeNull();
    }
  });

  it('a unit claim means nothing for roles other than reporter', async () => {
    const synced = await syncExternalUser(
      handle.db,
      identity({ subject: 'itd-1', email: 'itd-1@example.se', role: 'itd', unitSlug: 'x' }),
    );
    expect(synced!.user).toMatchObject({ role: 'itd', unitSlug: null });
  });

  it('reports a disabled user as disabled', async () => {
    const synced = await syncExternalUser(
      handle.db,
      identity({ subject: 'gone', email: 'gone@example.se' }),
    );
    await disableUser(handle.db, synced!.user.id, at(0));
    expect(
      await syncExternalUser(handle.db, identity({ subject: 'gone', email: 'gone@example.se' })),
    ).toMatchObject({ disabled: true });
  });
});
