import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from './limits';
import { sessionUserSchema } from './user';

/** A TOTP code as an authenticator app shows it: six digits, spaces allowed ("123 456"). */
export const totpCodeSchema = z
  .string()
  .max(20)
  .transform((code) => code.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'codeFormat'));

/** The first code from the app, which turns the second factor on. */
export const confirmSecondFactorInputSchema = z.strictObject({ code: totpCodeSchema });
export type ConfirmSecondFactorInput = z.infer<typeof confirmSecondFactorInputSchema>;

/** Turning it off needs both the password and a current code (ASVS V6: the factors protect themselves). */
export const disableSecondFactorInputSchema = z.strictObject({
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  code: totpCodeSchema,
});
export type DisableSecondFactorInput = z.infer<typeof disableSecondFactorInputSchema>;

/** The second step of a sign-in: the app's code, or one of the recovery codes. */
export const verifySecondFactorInputSchema = z.strictObject({
  pendingToken: z.string().min(1).max(100),
  code: z.string().trim().min(1).max(64),
});
export type VerifySecondFactorInput = z.infer<typeof verifySecondFactorInputSchema>;

export const secondFactorStatusSchema = z.object({
  /** Only local accounts have one; the identity provider has its own for the others. */
  available: z.boolean(),
  enabled: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
export type SecondFactorStatus = z.infer<typeof secondFactorStatusSchema>;

/** What enrolment shows once: the secret for manual entry, its otpauth:// URI and that URI as a QR code. */
export const secondFactorEnrolmentSchema = z.object({
  secret: z.string(),
  uri: z.string(),
  qrSvg: z.string(),
});
export type SecondFactorEnrolment = z.infer<typeof secondFactorEnrolmentSchema>;

/** A sign-in whose password was right and which waits for the second step (five minutes at most). */
export const pendingSignInSchema = z.object({
  secondFactorRequired: z.literal(true),
  pendingToken: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type PendingSignIn = z.infer<typeof pendingSignInSchema>;

/** Signed in, or one step left. */
export const signInResultSchema = z.union([sessionUserSchema, pendingSignInSchema]);
export type SignInResult = z.infer<typeof signInResultSchema>;

export function isPendingSignIn(result: SignInResult): result is PendingSignIn {
  return 'secondFactorRequired' in result;
}
