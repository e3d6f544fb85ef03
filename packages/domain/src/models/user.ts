import { z } from 'zod';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from './limits';

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
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const signInInputSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
