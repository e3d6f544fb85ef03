import type { SessionUser } from '@lagesbild/domain';
import type { Database } from '@lagesbild/db/client';
import { findLocalAccount } from '@lagesbild/db/repositories';

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
