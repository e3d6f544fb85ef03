import type { TRPCRouterRecord } from '@trpc/server';
import {
  changePasswordInputSchema,
  ForbiddenError,
  InvalidError,
  RateLimitedError,
  sessionUserSchema,
  signInInputSchema,
  signInResultSchema,
  UnauthenticatedError,
  verifySecondFactorInputSchema,
  type SessionUser,
} from '@lagesbild/domain';
import { hashPassword, verifyPassword } from '@lagesbild/db/passwords';
import {
  appendAudit,
  changeOwnPassword,
  countFailedSignIns,
  createPendingSignIn,
  createSession,
  deletePendingSignIn,
  deleteSession,
  findLocalAccount,
  findLocalAccountById,
  findPendingSignIn,
  findSecondFactorStatus,
  type SignInCandidate,
} from '@lagesbild/db/repositories';
import { z } from 'zod';
import { hashSessionToken, newSessionToken } from '../auth/session-token';
import { actorOf, requestAudit, userAudit } from '../actor';
import { checkSecondFactorCode } from '../auth/second-factor-check';
import { applySecondFactorPolicy } from '../auth/second-factor-policy';
import type { Context } from '../context';
import { protectedProcedure, publicProcedure } from '../trpc';

// Compared against when the e-mail is unknown, so a wrong address takes as long as a wrong password.
const DUMMY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Failed attempts per account within the window before sign-in is refused for the rest of it. */
export const SIGN_IN_LIMIT = { failures: 5, windowMs: 15 * 60_000 };

/** How long the second step of a sign-in may take after the password. */
export const PENDING_SIGN_IN_MS = 5 * 60_000;

/** Refused while the account has failed too often lately (wrong passwords and wrong codes alike). */
async function refuseIfLocked(ctx: Context, email: string, action: string) {
  const since = new Date(ctx.now().getTime() - SIGN_IN_LIMIT.windowMs);
  if ((await countFailedSignIns(ctx.db, email, since)) < SIGN_IN_LIMIT.failures) return;
  // Logged too, but as 'denied': it does not count as a further failure, so the lock ends on time.
  await appendAudit(ctx.db, {
    ...requestAudit(ctx, action),
    actorUserId: null,
    actorLabel: email,
    outcome: 'denied',
    summary: { reason: 'locked' },
  });
  throw new RateLimitedError();
}

/**
 * The session, at last: always a new session id, and an earlier session on this browser ends. `done` is
 * whatever else the same transaction must do (the audit entry, ending the sign-in under way).
 */
async function startSession(
  ctx: Context,
  account: SignInCandidate,
  done: (tx: Context['db']) => Promise<void>,
): Promise<SessionUser> {
  const token = newSessionToken();
  await ctx.db.transaction(async (tx) => {
    if (ctx.cookie.token) await deleteSession(tx, hashSessionToken(ctx.cookie.token));
    await createSession(tx, {
      idHash: hashSessionToken(token),
      userId: account.id,
      now: ctx.now(),
      policy: ctx.sessionPolicy,
    });
    await done(tx);
  });
  ctx.cookie.set(token, Math.floor(ctx.sessionPolicy.absoluteMs / 1000));
  const { passwordHash: _p, disabled: _d, ...user } = account;
  return applySecondFactorPolicy(ctx.db, user, ctx.secondFactorRequiredFor);
}

/** Sign-in with a local account (and its second factor), sign-out, and who is signed in. */
export const authRouter = {
  me: publicProcedure.output(sessionUserSchema.nullable()).query(({ ctx }) => ctx.user),

  /** What the sign-in page offers: the form, the identity provider's button, or both. */
  methods: publicProcedure
    .output(z.object({ local: z.boolean(), oidc: z.boolean() }))
    .query(({ ctx }) => ctx.signInMethods),

  signIn: publicProcedure
    .input(signInInputSchema)
    .output(signInResultSchema)
    .mutation(async ({ ctx, input }) => {
      if (!ctx.signInMethods.local) {
        await appendAudit(ctx.db, {
          ...requestAudit(ctx, 'auth.signIn'),
          actorUserId: null,
          actorLabel: input.email,
          outcome: 'denied',
          summary: { method: 'local', reason: 'local accounts off' },
        });
        // Generic: whether an account exists is nobody's business here either.
        throw new ForbiddenError('sign-in with e-mail and password is not offered');
      }
      await refuseIfLocked(ctx, input.email, 'auth.signIn');
      const account = await findLocalAccount(ctx.db, ctx.organisationSlug, input.email);
      const valid = await verifyPassword(input.password, account?.passwordHash ?? DUMMY_HASH);
      const audit = requestAudit(ctx, 'auth.signIn');
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
      if ((await findSecondFactorStatus(ctx.db, account.id)).enabled) {
        // The password was right, but no session yet: a token for the second step, bound to this account.
        const pendingToken = newSessionToken();
        const expiresAt = new Date(ctx.now().getTime() + PENDING_SIGN_IN_MS);
        await ctx.db.transaction(async (tx) => {
          await createPendingSignIn(tx, {
            idHash: hashSessionToken(pendingToken),
            userId: account.id,
            expiresAt,
          });
          await appendAudit(tx, {
            ...audit,
            actorUserId: account.id,
            actorLabel: account.name,
            outcome: 'success',
            summary: { secondFactor: 'required' },
          });
        });
        return {
          secondFactorRequired: true as const,
          pendingToken,
          expiresAt: expiresAt.toISOString(),
        };
      }
      return startSession(ctx, account, (tx) =>
        appendAudit(tx, {
          ...audit,
          actorUserId: account.id,
          actorLabel: account.name,
          outcome: 'success',
        }),
      );
    }),

  /**
   * The second step: a code from the authenticator app, or one of the recovery codes (then spent). Wrong
   * codes count toward the same per-account limit as wrong passwords.
   */
  verifySecondFactor: publicProcedure
    .input(verifySecondFactorInputSchema)
    .output(sessionUserSchema)
    .mutation(async ({ ctx, input }) => {
      const audit = requestAudit(ctx, 'auth.verifySecondFactor');
      const idHash = hashSessionToken(input.pendingToken);
      const pending = await findPendingSignIn(ctx.db, idHash, ctx.now());
      const account =
        pending && (await findLocalAccountById(ctx.db, ctx.organisationSlug, pending.userId));
      if (!account || account.disabled) {
        await appendAudit(ctx.db, {
          ...audit,
          actorUserId: account ? account.id : null,
          actorLabel: account ? account.email : (ctx.client?.address ?? '-'),
          outcome: 'denied',
          summary: { reason: account ? 'disabled' : 'no pending sign-in' },
        });
        throw new UnauthenticatedError('signInExpired');
      }
      await refuseIfLocked(ctx, account.email, 'auth.verifySecondFactor');
      const check = await checkSecondFactorCode(ctx.db, {
        userId: account.id,
        code: input.code,
        at: ctx.now(),
        recovery: true,
      });
      if (!check.ok) {
        await appendAudit(ctx.db, {
          ...audit,
          actorUserId: account.id,
          // The e-mail, like a failed password: the per-account limit counts by it.
          actorLabel: account.email,
          outcome: 'failure',
          summary: { reason: check.reason },
        });
        throw new InvalidError('code', 'wrongCode');
      }
      return startSession(ctx, account, async (tx) => {
        await deletePendingSignIn(tx, idHash, ctx.now());
        await appendAudit(tx, {
          ...audit,
          actorUserId: account.id,
          actorLabel: account.name,
          outcome: 'success',
          summary: { method: check.method },
        });
      });
    }),

  /** One's own password, against the current one; every other session of one's own ends. */
  changePassword: protectedProcedure
    .input(changePasswordInputSchema)
    .output(z.object({ changed: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const account = await findLocalAccount(ctx.db, ctx.organisationSlug, ctx.user.email);
      if (!account?.passwordHash) throw new InvalidError('currentPassword', 'noLocalPassword');
      if (!(await verifyPassword(input.currentPassword, account.passwordHash))) {
        await appendAudit(
          ctx.db,
          userAudit(ctx, ctx.user, {
            action: 'auth.changePassword',
            outcome: 'failure',
            summary: { reason: 'wrong password' },
          }),
        );
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
        await appendAudit(tx, userAudit(ctx, user, { action: 'auth.signOut', outcome: 'success' }));
      });
      return { signedOut: true };
    }),
} satisfies TRPCRouterRecord;
