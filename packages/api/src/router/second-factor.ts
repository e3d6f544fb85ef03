import type { TRPCRouterRecord } from '@trpc/server';
import {
  confirmSecondFactorInputSchema,
  disableSecondFactorInputSchema,
  InvalidError,
  secondFactorEnrolmentSchema,
  secondFactorStatusSchema,
} from '@lagesbild/domain';
import { verifyPassword } from '@lagesbild/db/passwords';
import {
  acceptSecondFactorStep,
  appendAudit,
  confirmSecondFactor,
  disableOwnSecondFactor,
  findLocalAccount,
  findSecondFactorSecret,
  findSecondFactorStatus,
  startSecondFactorEnrolment,
} from '@lagesbild/db/repositories';
import QRCode from 'qrcode';
import { z } from 'zod';
import { actorOf, userAudit } from '../actor';
import { hashRecoveryCode, newRecoveryCodes } from '../auth/recovery-codes';
import { checkSecondFactorCode } from '../auth/second-factor-check';
import { matchTotpStep, newTotpSecret, totpUri } from '../auth/totp';
import type { Context } from '../context';
import { protectedProcedure } from '../trpc';

const ISSUER = 'Lägesbild';

type SignedIn = Context & { user: NonNullable<Context['user']> };

/** A local account: people who sign in through the identity provider have their second factor there. */
async function requireLocalAccount(ctx: SignedIn) {
  const account = await findLocalAccount(ctx.db, ctx.organisationSlug, ctx.user.email);
  if (!account?.passwordHash) throw new InvalidError('code', 'notLocalAccount');
  return { ...account, passwordHash: account.passwordHash };
}

async function auditFailure(ctx: SignedIn, action: string, reason: string) {
  await appendAudit(
    ctx.db,
    userAudit(ctx, ctx.user, {
      action,
      outcome: 'failure',
      entityType: 'user',
      entityKey: String(ctx.user.id),
      summary: { reason },
    }),
  );
}

/** One's own TOTP authenticator (RFC 6238): enrol, confirm with a first code, turn off. */
export const secondFactorRouter = {
  status: protectedProcedure.output(secondFactorStatusSchema).query(async ({ ctx }) => {
    const account = await findLocalAccount(ctx.db, ctx.organisationSlug, ctx.user.email);
    if (!account?.passwordHash) return { available: false, enabled: false, recoveryCodesLeft: 0 };
    return { available: true, ...(await findSecondFactorStatus(ctx.db, ctx.user.id)) };
  }),

  /**
   * A new secret, shown this once as a QR code and as text. It does nothing until a code from it is
   * confirmed; starting again replaces an unconfirmed one.
   */
  startEnrolment: protectedProcedure
    .output(secondFactorEnrolmentSchema)
    .mutation(async ({ ctx }) => {
      await requireLocalAccount(ctx);
      const secret = newTotpSecret();
      await startSecondFactorEnrolment(ctx.db, actorOf(ctx), { secret });
      const uri = totpUri({ secret, issuer: ISSUER, label: ctx.user.email });
      const qrSvg = await QRCode.toString(uri, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
      });
      return { secret, uri, qrSvg };
    }),

  /** The app's first code turns it on; the ten recovery codes are shown this once (only hashes are kept). */
  confirmEnrolment: protectedProcedure
    .input(confirmSecondFactorInputSchema)
    .output(z.object({ recoveryCodes: z.array(z.string()) }))
    .mutation(async ({ ctx, input }) => {
      await requireLocalAccount(ctx);
      const stored = await findSecondFactorSecret(ctx.db, ctx.user.id);
      if (!stored) throw new InvalidError('code', 'notStarted');
      if (stored.confirmed) throw new InvalidError('code', 'alreadyEnabled');
      const step = matchTotpStep(stored.secret, input.code, ctx.now());
      if (step === null || !(await acceptSecondFactorStep(ctx.db, ctx.user.id, step))) {
        await auditFailure(
          ctx,
          'secondFactor.enable',
          step === null ? 'wrong code' : 'replayed code',
        );
        throw new InvalidError('code', 'wrongCode');
      }
      const recoveryCodes = newRecoveryCodes();
      await confirmSecondFactor(ctx.db, actorOf(ctx), {
        recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
      });
      return { recoveryCodes };
    }),

  /** Off again, with the password and a current code: a session left open is not enough. */
  disable: protectedProcedure
    .input(disableSecondFactorInputSchema)
    .output(z.object({ disabled: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const account = await requireLocalAccount(ctx);
      if (!(await findSecondFactorStatus(ctx.db, ctx.user.id)).enabled) {
        throw new InvalidError('code', 'notEnabled');
      }
      if (!(await verifyPassword(input.password, account.passwordHash))) {
        await auditFailure(ctx, 'secondFactor.disable', 'wrong password');
        throw new InvalidError('password', 'wrongPassword');
      }
      const check = await checkSecondFactorCode(ctx.db, {
        userId: ctx.user.id,
        code: input.code,
        at: ctx.now(),
        recovery: false,
      });
      if (!check.ok) {
        await auditFailure(ctx, 'secondFactor.disable', check.reason);
        throw new InvalidError('code', 'wrongCode');
      }
      await disableOwnSecondFactor(ctx.db, actorOf(ctx));
      return { disabled: true as const };
    }),
} satisfies TRPCRouterRecord;
