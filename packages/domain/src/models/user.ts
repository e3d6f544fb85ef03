import { z } from 'zod';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './limits';

/** itd: IT leadership; reporter: writes for exactly one unit; viewer: KS and other readers. */
export const roleSchema = z.enum(['itd', 'reporter', 'viewer']);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z
  .email()
  .max(EMAIL_MAX_LENGTH)
  .transform((e) => e.toLowerCase());

export const sessionUserSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  /** The reporter's unit, from the session and never from input. */
  unitSlug: z.string().nullable(),
  /** After ITD has reset the password: nothing but choosing a new one until it is done. */
  mustChangePassword: z.boolean(),
  /**
   * The server requires a second factor for this role (REQUIRE_SECOND_FACTOR_FOR) and this local account
   * has none yet: nothing but enrolling until it is done. Absent means no such duty.
   */
  mustEnrolSecondFactor: z.boolean().optional(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const signInInputSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

/** One's own new password, against the current one (ASVS V6: change needs the current password). */
export const changePasswordInputSchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
    newPassword: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  })
  .superRefine((value, ctx) => {
    if (value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'samePassword' });
    }
  });
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;
