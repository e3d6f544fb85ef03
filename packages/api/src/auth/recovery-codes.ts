import { createHash, randomInt } from 'node:crypto';

/** Letters and digits that read unambiguously on paper: no 0/O, 1/l/I. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const LENGTH = 24;
export const RECOVERY_CODE_COUNT = 10;

/**
 * Ten one-time codes for a lost phone, 24 characters each (about 119 bits): above the 112 bits at which
 * ASVS V6.5 lets a plain SHA-256 stand in for a salted password hash. Shown in groups of four.
 */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
    return chars.join('').replace(/(.{4})(?!$)/g, '$1-');
  });
}

/** The code as typed (any case, with or without dashes and spaces), or null if it cannot be one. */
export function normaliseRecoveryCode(typed: string): string | null {
  const code = typed.toLowerCase().replace(/[\s-]+/g, '');
  if (code.length !== LENGTH || [...code].some((c) => !ALPHABET.includes(c))) return null;
  return code;
}

/** What the database keeps of a recovery code. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256')
    .update(normaliseRecoveryCode(code) ?? code)
    .digest('base64url');
}
