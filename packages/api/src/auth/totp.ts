import { Secret, TOTP } from 'otpauth';

/**
 * TOTP as RFC 6238 and every authenticator app have it: HMAC-SHA-1, six digits, 30-second steps. The
 * library computes the codes; this wrapper pins the parameters and takes the time as an argument, so the
 * API's clock (and a test's pinned one) decides, never the wall clock.
 */
const PARAMS = { algorithm: 'SHA1', period: 30 } as const;
export const TOTP_DIGITS = 6;
/** Codes of the previous and the next step pass too: a phone's clock may be a little off. */
const WINDOW = 1;

/** A new shared secret: 160 random bits (RFC 4226 recommends it), in base32 as apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an app reads from the QR code. */
export function totpUri(input: { secret: string; issuer: string; label: string }): string {
  return new TOTP({
    ...PARAMS,
    digits: TOTP_DIGITS,
    issuer: input.issuer,
    label: input.label,
    secret: Secret.fromBase32(input.secret),
  }).toString();
}

/** The code for the moment `at` (for tests, and for nothing a client can see). */
export function totpCodeAt(secret: string, at: Date, digits = TOTP_DIGITS): string {
  return TOTP.generate({
    ...PARAMS,
    digits,
    secret: Secret.fromBase32(secret),
    timestamp: at.getTime(),
  });
}

/**
 * The time step whose code this is, within one step either side of `at`, or null. The caller keeps the
 * last accepted step, so a code is used once.
 */
export function matchTotpStep(
  secret: string,
  code: string,
  at: Date,
  digits = TOTP_DIGITS,
): number | null {
  const timestamp = at.getTime();
  const delta = TOTP.validate({
    ...PARAMS,
    digits,
    token: code,
    secret: Secret.fromBase32(secret),
    timestamp,
    window: WINDOW,
  });
  if (delta === null) return null;
  return TOTP.counter({ period: PARAMS.period, timestamp }) + delta;
}
