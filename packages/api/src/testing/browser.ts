import type { Role } from '@lagesbild/domain';
import type { Database } from '@lagesbild/db/client';
import { createContext, type SessionCookie } from '../context';
import { createCaller } from '../index';

/**
 * One browser: its own jar for the session cookie, calling the API as a person's requests do
 * (createContext resolves the cookie, renews it and clears it).
 */
export function testBrowser(
  db: Database,
  options: { now: () => Date; secondFactorRequiredFor?: readonly Role[] },
) {
  const jar: { token: string | null; maxAge: number | null } = { token: null, maxAge: null };
  const cookie = (): SessionCookie => ({
    token: jar.token,
    set: (token, maxAge) => Object.assign(jar, { token, maxAge }),
    clear: () => Object.assign(jar, { token: null, maxAge: null }),
  });
  const caller = async () =>
    createCaller(
      await createContext({ db, organisationSlug: 'malmo', cookie: cookie(), ...options }),
    );
  return { jar, caller };
}
