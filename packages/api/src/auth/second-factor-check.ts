import type { Database } from '@lagesbild/db/client';
import {
  acceptSecondFactorStep,
  findSecondFactorSecret,
  spendRecoveryCode,
} from '@lagesbild/db/repositories';
import { hashRecoveryCode, normaliseRecoveryCode } from './recovery-codes';
import { matchTotpStep } from './totp';

export type SecondFactorCheck =
  | { ok: true; method: 'totp' | 'recoveryCode' }
  | { ok: false; reason: 'wrong code' | 'replayed code' | 'wrong recovery code' | 'not enrolled' };

/**
 * A code from the person's confirmed authenticator, used once (a later step than the last accepted), or,
 * when `recovery` allows it, one of their unused recovery codes, which is then spent.
 */
export async function checkSecondFactorCode(
  db: Database,
  input: { userId: number; code: string; at: Date; recovery: boolean },
): Promise<SecondFactorCheck> {
  const stored = await findSecondFactorSecret(db, input.userId);
  if (!stored?.confirmed) return { ok: false, reason: 'not enrolled' };
  const digits = input.code.replace(/\s+/g, '');
  if (/^\d+$/.test(digits)) {
    const step = matchTotpStep(stored.secret, digits, input.at);
    if (step === null) return { ok: false, reason: 'wrong code' };
    const fresh = await acceptSecondFactorStep(db, input.userId, step);
    return fresh ? { ok: true, method: 'totp' } : { ok: false, reason: 'replayed code' };
  }
  const recoveryCode = input.recovery ? normaliseRecoveryCode(input.code) : null;
  if (recoveryCode === null) return { ok: false, reason: 'wrong code' };
  const spent = await spendRecoveryCode(db, input.userId, hashRecoveryCode(recoveryCode), input.at);
  return spent
    ? { ok: true, method: 'recoveryCode' }
    : { ok: false, reason: 'wrong recovery code' };
}
