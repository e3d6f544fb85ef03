import { z } from 'zod';
import { NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './limits';
import { emailSchema, roleSchema } from './user';

const slugSchema = z.string().min(1).max(100);
/** A user's id is a PostgreSQL integer: a larger one names nobody, and must not reach the database. */
const userIdSchema = z.number().int().positive().max(2_147_483_647);
const nameSchema = z.string().trim().min(1).max(NAME_MAX_LENGTH);

/** A reporter belongs to exactly one unit; the other roles to none. */
function checkUnitForRole(value: { role: string; unitSlug: string | null }, ctx: z.RefinementCtx) {
  if (value.role === 'reporter' && value.unitSlug === null) {
    ctx.addIssue({ code: 'custom', path: ['unitSlug'], message: 'unitRequired' });
  }
  if (value.role !== 'reporter' && value.unitSlug !== null) {
    ctx.addIssue({ code: 'custom', path: ['unitSlug'], message: 'unitNotAllowed' });
  }
}

export const newUserInputSchema = z
  .strictObject({
    email: emailSchema,
    name: nameSchema,
    role: roleSchema,
    unitSlug: slugSchema.nullable(),
    /** A local account's first password; left out for people who sign in through OpenID Connect. */
    password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH).optional(),
  })
  .superRefine(checkUnitForRole);
export type NewUserInput = z.infer<typeof newUserInputSchema>;

export const updateUserInputSchema = z
  .strictObject({
    id: userIdSchema,
    /** The version the editor started from: a newer one is a conflict, never an overwrite. */
    version: z.number().int().positive(),
    name: nameSchema,
    role: roleSchema,
    unitSlug: slugSchema.nullable(),
  })
  .superRefine(checkUnitForRole);
export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export const setUserDisabledInputSchema = z.strictObject({
  id: userIdSchema,
  version: z.number().int().positive(),
  disabled: z.boolean(),
});
export type SetUserDisabledInput = z.infer<typeof setUserDisabledInputSchema>;

/** ITD sets a temporary password that the person must change at the next sign-in. */
export const resetPasswordInputSchema = z.strictObject({
  id: userIdSchema,
  version: z.number().int().positive(),
});
export type ResetPasswordInput = z.infer<typeof resetPasswordInputSchema>;

/** ITD removes a person's second factor (a lost phone); they enrol again after signing in. */
export const resetSecondFactorInputSchema = resetPasswordInputSchema;
export type ResetSecondFactorInput = z.infer<typeof resetSecondFactorInputSchema>;

export const signInMethodSchema = z.enum(['local', 'oidc', 'none']);

/** A user as ITD's administration sees it: never a password hash or an identity provider's subject. */
export const managedUserSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  unitSlug: z.string().nullable(),
  signIn: signInMethodSchema,
  disabled: z.boolean(),
  /** A confirmed TOTP authenticator (local accounts only). */
  secondFactor: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type ManagedUser = z.infer<typeof managedUserSchema>;
