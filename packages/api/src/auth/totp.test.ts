import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { matchTotpStep, newTotpSecret, totpCodeAt, totpUri } from './totp';

// RFC 6238 Appendix B, the SHA-1 rows: the ASCII secret "12345678901234567890", eight digits.
const RFC_SECRET = Secret.fromLatin1('12345678901234567890').base32;
const RFC_VECTORS: [seconds: number, code: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP against RFC 6238’s test vectors', () => {
  it.each(RFC_VECTORS)('at %i s the code is %s, and it matches its own time step', (s, code) => {
    const at = new Date(s * 1000);
    expect(totpCodeAt(RFC_SECRET, at, 8)).toBe(code);
    expect(matchTotpStep(RFC_SECRET, code, at, 8)).toBe(Math.floor(s / 30));
  });
});

describe('matching a code', () => {
  const secret = newTotpSecret();
  const at = new Date('2026-11-27T10:00:10Z');
  const step = Math.floor(at.getTime() / 30_000);

  it('takes the previous and the next step, and nothing further off', () => {
    const code = (offsetSteps: number) =>
      totpCodeAt(secret, new Date(at.getTime() + offsetSteps * 30_000));
    expect(matchTotpStep(secret, code(0), at)).toBe(step);
    expect(matchTotpStep(secret, code(-1), at)).toBe(step - 1);
    expect(matchTotpStep(secret, code(1), at)).toBe(step + 1);
    expect(matchTotpStep(secret, code(-2), at)).toBeNull();
    expect(matchTotpStep(secret, code(2), at)).toBeNull();
  });

  it('refuses a wrong code and one of the wrong length', () => {
    const right = totpCodeAt(secret, at);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    expect(matchTotpStep(secret, wrong, at)).toBeNull();
    expect(matchTotpStep(secret, `${right}0`, at)).toBeNull();
  });

  it('gives apps a URI with SHA-1, six digits and 30 seconds', () => {
    const uri = new URL(totpUri({ secret, issuer: 'Lägesbild', label: 'itd@malmo.se' }));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('algorithm')).toBe('SHA1');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  });
});
