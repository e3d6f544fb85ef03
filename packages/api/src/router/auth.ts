import type { TRPCRouterRecord } from '@trpc/server';
import {
  changePasswordInputSchema,
  ForbiddenError,
  InvalidError,
  RateLimitedError,
  sessionUserSchema,
  signInInputSchema,
  UnauthenticatedError,
} from '@lagesbild/domain';
import { hashPassword, verifyPassword } from '@lagesbild/db/passwords';
import {
  appendAudit,
  changeOwnPassword,
  countFailedSignIns,
  createSession,
  deleteSession,
  findLocalAccount,
} from '@lagesbild/db/repositories';
import { z } from 'zod';
import { hashSessionToken, newSessionToken } from '../auth/session-token';
import { actorOf } from '../actor';
import { protectedProcedure, publicProcedure } from '../trpc';

// Compared against when the e-mail is unknown, so a wrong address takes as long as a wrong password.
const DUMMY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Failed attempts per account within the window before sign-in is refused for the rest of it. */
export const SIGN_IN_LIMIT = { failures: 5, windowMs: 15 * 60_000 };

/** Sign-in with a local account, sign-out, and who is signed in. */
export const authRouter = {
  me: publicProcedure.output(sessionUserSchema.nullable()).query(({ ctx }) => ctx.user),

  /** What the sign-in page offers: the form, the identity provider's button, or both. */
  methods: publicProcedure
    .output(z.object({ local: z.boolean(), oidc: z.boolean() }))
    .query(({ ctx }) => ctx.signInMethods),

  signIn: publicProcedure
    .input(signInInputSchema)
    .output(sessionUserSchema)
    .mutation(async ({ ctx, input }) => {
      if (!ctx.signInMethods.local) {
        await appendAudit(ctx.db, {
          organisationSlug: ctx.organisationSlug,
          action: 'auth.signIn',
          correlationId: ctx.requestId,
          client: ctx.client,
          at: ctx.now(),
          actorUserId: null,
          actorLabel: input.email,
          outcome: 'denied',
          summary: { method: 'local', reason: 'local accounts off' },
        });
        // Generic: whether an account exists is nobody's business here either.
        throw new ForbiddenError('sign-in with e-mail and password is not offered');
      }
      const since = new Date(ctx.now().getTime() - SIGN_IN_LIMIT.windowMs);
      if ((await countFailedSignIns(ctx.db, input.email, since)) >= SIGN_IN_LIMIT.failures) {
        // Logged too, but as 'denied': it does not count as a further failure, so the lock ends on time.
        await appendAudit(ctx.db, {
          organisationSlug: ctx.organisationSlug,
          action: 'auth.signIn',
          correlationId: ctx.requestId,
          client: ctx.client,
          at: ctx.now(),
          actorUserId: null,
          actorLabel: input.email,
          outcome: 'denied',
          summary: { reason: 'locked' },
        });
        throw new RateLimitedError();
      }
      const account = await findLocalAccount(ctx.db, ctx.organisationSlug, input.email);
      const valid = await verifyPassword(input.password, account?.passwordHash ?? DUMMY_HASH);
      const audit = {
        organisationSlug: ctx.organisationSlug,
        action: 'auth.signIn',
        correlationId: ctx.requestId,
        client: ctx.client,
        at: ctx.now(),
      };
      if (!account || !valid || account.disabled) {
        await appendAudit(ctx.db, {
          ...audit,
          actorUserId: account?.id ?? null,
          actorLabel: input.email,
          outcome: 'failure',
          summary: {
            reason: !account ? 'unknown account' : account.disabled ? 'disabled' : 'wrong password',
          },
        });
        throw new UnauthenticatedError('wrong e-mail or password');
      }
      // Always a new session id at sign-in; an earlier session on this browser ends.
      const token = newSessionToken();
      await ctx.db.transaction(async (tx) => {
        if (ctx.cookie.token) await deleteSession(tx, hashSessionToken(ctx.cookie.token));
        await createSession(tx, {
          idHash: hashSessionToken(token),
          userId: account.id,
          now: ctx.now(),
          policy: ctx.sessionPolicy,
        });
        await appendAudit(tx, {
          ...audit,
          actorUserId: account.id,
          actorLabel: account.name,
          outcome: 'success',
        });
      });
      ctx.cookie.set(token, Math.floor(ctx.sessionPolicy.absoluteMs / 1000));
      const { passwordHash: _p, disabled: _d, ...user } = account;
      return user;
    }),

  /** One's own password, against the current one; every other session of one's own ends. */
  changePassword: protectedProcedure
    .input(changePasswordInputSchema)
    .output(z.object({ changed: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const account = await findLocalAccount(ctx.db, ctx.organisationSlug, ctx.user.email);
      if (!account?.passwordHash) throw new InvalidError('currentPassword', 'noLocalPassword');
      if (!(await verifyPassword(input.currentPassword, account.passwordHash))) {
        await appendAudit(ctx.db, {
          organisationSlug: ctx.organisationSlug,
          action: 'auth.changePassword',
          correlationId: ctx.requestId,
          client: ctx.client,
          at: ctx.now(),
          actorUserId: ctx.user.id,
          actorLabel: ctx.user.name,
          outcome: 'failure',
          summary: { reason: 'wrong password' },
        });
        throw new InvalidError('currentPassword', 'wrongPassword');
      }
      const token = ctx.cookie.token;
      await changeOwnPassword(ctx.db, actorOf(ctx), {
        passwordHash: await hashPassword(input.newPassword),
        keepSessionHash: token ? hashSessionToken(token) : null,
      });
      return { changed: true as const };
    }),

  signOut: publicProcedure
    .output(z.object({ signedOut: z.boolean() }))
    .mutation(async ({ ctx }) => {
      const token = ctx.cookie.token;
      ctx.cookie.clear();
      if (!token || !ctx.user) return { signedOut: false };
      const user = ctx.user;
      await ctx.db.transaction(async (tx) => {
        await deleteSession(tx, hashSessionToken(token));
        await appendAudit(tx, {
          organisationSlug: ctx.organisationSlug,
          action: 'auth.signOut',
          actorUserId: user.id,
          actorLabel: user.name,
          outcome: 'success',
          correlationId: ctx.requestId,
          client: ctx.client,
          at: ctx.now(),
        });
      });
      return { signedOut: true };
    }),
} satisfies TRPCRouterRecord;
