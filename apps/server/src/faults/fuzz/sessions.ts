import { callProcedure, DEMO_PASSWORD, signIn } from './http';
import { FUZZ_ACCOUNTS, FUZZ_ROLES, type Sessions } from './fuzz-world';

interface ManagedUser {
  id: number;
  email: string;
  role: string;
  unitSlug: string | null;
  disabled: boolean;
  secondFactor: boolean;
  version: number;
  name: string;
}

/**
 * Fuzzing signs out, signs in and edits users with hostile ids: a demo account may end up disabled,
 * with another role, or signed out. Put them back through the API (so the invariants still see only
 * API writes) and sign in again, so the next run is made with every role.
 */
export async function restoreSessions(
  base: string,
  sessions: Sessions,
  originals: ManagedUser[],
): Promise<void> {
  const me = async (cookie: string) =>
    callProcedure<{ email: string; role: string } | null>(base, 'auth.me', undefined, cookie);
  for (const role of FUZZ_ROLES) {
    const who = await me(sessions[role]);
    if (
      who?.email === FUZZ_ACCOUNTS[role] &&
      who.role === originals.find((u) => u.email === who.email)?.role
    ) {
      continue;
    }
    // ITD comes first and cannot lose its own role or account; the others ITD repairs.
    if (role !== 'itd') await repairAccount(base, sessions, originals, FUZZ_ACCOUNTS[role]);
    sessions[role] = await signIn(base, FUZZ_ACCOUNTS[role]).catch(() =>
      restorePassword(base, sessions, FUZZ_ACCOUNTS[role]),
    );
  }
}

/**
 * A fuzzed users.resetPassword may hit a demo account: ITD resets it again, and the account, signed in
 * with the temporary password, changes it back to the demo one, as a person would.
 */
async function restorePassword(base: string, sessions: Sessions, email: string): Promise<string> {
  const current = (await listManagedUsers(base, sessions.itd)).find((u) => u.email === email)!;
  const { temporaryPassword } = await callProcedure<{ temporaryPassword: string }>(
    base,
    'users.resetPassword',
    { id: current.id, version: current.version },
    sessions.itd,
    'mutation',
  );
  const cookie = await signIn(base, email, temporaryPassword);
  await callProcedure(
    base,
    'auth.changePassword',
    { currentPassword: temporaryPassword, newPassword: DEMO_PASSWORD },
    cookie,
    'mutation',
  );
  return cookie;
}

export async function listManagedUsers(base: string, itdCookie: string) {
  return callProcedure<ManagedUser[]>(base, 'users.list', undefined, itdCookie);
}

async function repairAccount(
  base: string,
  sessions: Sessions,
  originals: ManagedUser[],
  email: string,
) {
  if ((await callProcedure(base, 'auth.me', undefined, sessions.itd)) === null) {
    sessions.itd = await signIn(base, FUZZ_ACCOUNTS.itd);
  }
  const original = originals.find((u) => u.email === email)!;
  let current = (await listManagedUsers(base, sessions.itd)).find((u) => u.email === email)!;
  const mutate = <T>(path: string, input: unknown) =>
    callProcedure<T>(base, path, input, sessions.itd, 'mutation');
  if (current.role !== original.role || current.unitSlug !== original.unitSlug) {
    current = await mutate<ManagedUser>('users.update', {
      id: current.id,
      version: current.version,
      name: original.name,
      role: original.role,
      unitSlug: original.unitSlug,
    });
  }
  // A fuzzed code that happened to be right turned a second factor on: the password alone must do again.
  if (current.secondFactor) {
    current = await mutate<ManagedUser>('users.resetSecondFactor', {
      id: current.id,
      version: current.version,
    });
  }
  if (current.disabled) {
    await mutate('users.setDisabled', {
      id: current.id,
      version: current.version,
      disabled: false,
    });
  }
}
