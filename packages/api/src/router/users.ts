import type { TRPCRouterRecord } from '@trpc/server';
import {
  managedUserSchema,
  newUserInputSchema,
  resetPasswordInputSchema,
  resetSecondFactorInputSchema,
  setUserDisabledInputSchema,
  updateUserInputSchema,
} from '@lagesbild/domain';
import { hashPassword } from '@lagesbild/db/passwords';
import {
  createManagedUser,
  listUsers,
  resetManagedPassword,
  resetManagedSecondFactor,
  setManagedUserDisabled,
  updateManagedUser,
} from '@lagesbild/db/repositories';
import { z } from 'zod';
import { actorOf } from '../actor';
import { newTemporaryPassword } from '../auth/temporary-password';
import { protectedProcedure } from '../trpc';

/** ITD's administration of who may sign in, with which role and for which unit. */
export const usersRouter = {
  list: protectedProcedure
    .output(z.array(managedUserSchema))
    .query(({ ctx }) => listUsers(ctx.db, ctx.organisationSlug)),

  create: protectedProcedure
    .input(newUserInputSchema)
    .output(managedUserSchema)
    .mutation(async ({ ctx, input: { password, ...user } }) =>
      createManagedUser(ctx.db, actorOf(ctx), {
        ...user,
        passwordHash: password ? await hashPassword(password) : null,
      }),
    ),

  update: protectedProcedure
    .input(updateUserInputSchema)
    .output(managedUserSchema)
    .mutation(({ ctx, input: { version, ...change } }) =>
      updateManagedUser(ctx.db, actorOf(ctx), { ...change, expectedVersion: version }),
    ),

  setDisabled: protectedProcedure
    .input(setUserDisabledInputSchema)
    .output(managedUserSchema)
    .mutation(({ ctx, input: { version, ...change } }) =>
      setManagedUserDisabled(ctx.db, actorOf(ctx), {
        ...change,
        expectedVersion: version,
        at: ctx.now(),
      }),
    ),

  /** A temporary password, shown once to ITD to hand over; the person must change it at sign-in. */
  resetPassword: protectedProcedure
    .input(resetPasswordInputSchema)
    .output(z.object({ user: managedUserSchema, temporaryPassword: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const temporaryPassword = newTemporaryPassword();
      const user = await resetManagedPassword(ctx.db, actorOf(ctx), {
        id: input.id,
        expectedVersion: input.version,
        passwordHash: await hashPassword(temporaryPassword),
      });
      return { user, temporaryPassword };
    }),

  /** A lost phone: the person's authenticator and recovery codes go, and so do their sessions. */
  resetSecondFactor: protectedProcedure
    .input(resetSecondFactorInputSchema)
    .output(managedUserSchema)
    .mutation(({ ctx, input }) =>
      resetManagedSecondFactor(ctx.db, actorOf(ctx), {
        id: input.id,
        expectedVersion: input.version,
      }),
    ),
} satisfies TRPCRouterRecord;
