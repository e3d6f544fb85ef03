import { and, eq, gt, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { InvalidError } from '@lagesbild/domain';
import type { Database } from '../client';
import { appendAudit, auditOf, type Actor } from './audit';
import { pendingSignIns, recoveryCodes, secondFactors, users } from '../schema/index';

export interface SecondFactorStatus {
  enabled: boolean;
  /** Recovery codes not yet used. */
  recoveryCodesLeft: number;
}

/** Whether the person has a confirmed authenticator, and how many recovery codes are left. */
export async function findSecondFactorStatus(
  db: Database,
  userId: number,
): Promise<SecondFactorStatus> {
  const [row] = await db
    .select({ confirmedAt: secondFactors.confirmedAt })
    .from(secondFactors)
    .where(eq(secondFactors.userId, userId));
  const enabled = row?.confirmedAt != null;
  const recoveryCodesLeft = enabled
    ? await db.$count(
        recoveryCodes,
        and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)),
      )
    : 0;
  return { enabled, recoveryCodesLeft };
}

/** A local account (a password, no identity provider) without a confirmed authenticator. */
export async function needsSecondFactorEnrolment(db: Database, userId: number): Promise<boolean> {
  const [row] = await db
    .select({ confirmedAt: secondFactors.confirmedAt })
    .from(users)
    .leftJoin(
      secondFactors,
      and(eq(secondFactors.userId, users.id), isNotNull(secondFactors.confirmedAt)),
    )
    .where(and(eq(users.id, userId), isNotNull(users.passwordHash), isNull(users.oidcSubject)));
  return row !== undefined && row.confirmedAt === null;
}

export interface StoredSecondFactor {
  secret: string;
  confirmed: boolean;
  lastUsedStep: number | null;
}

/** The secret, for the server's own check of a code: never for a client. */
export async function findSecondFactorSecret(
  db: Database,
  userId: number,
): Promise<StoredSecondFactor | null> {
  const [row] = await db
    .select({
      secret: secondFactors.secret,
      confirmedAt: secondFactors.confirmedAt,
      lastUsedStep: secondFactors.lastUsedStep,
    })
    .from(secondFactors)
    .where(eq(secondFactors.userId, userId));
  if (!row) return null;
  return {
    secret: row.secret,
    confirmed: row.confirmedAt !== null,
    lastUsedStep: row.lastUsedStep,
  };
}

/**
 * A new, unconfirmed secret for the signed-in person, replacing an earlier unconfirmed one. Refused
 * while one is on: turning it off comes first, with the password and a code.
 */
export async function startSecondFactorEnrolment(
  db: Database,
  actor: Actor,
  input: { secret: string },
): Promise<void> {
  const userId = ownerOf(actor);
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ confirmedAt: secondFactors.confirmedAt })
      .from(secondFactors)
      .where(eq(secondFactors.userId, userId))
      .for('update');
    if (existing?.confirmedAt) throw new InvalidError('code', 'alreadyEnabled');
    await tx
      .insert(secondFactors)
      .values({ userId, secret: input.secret, createdAt: actor.at.toISOString() })
      .onConflictDoUpdate({
        target: secondFactors.userId,
        set: { secret: input.secret, createdAt: actor.at.toISOString(), lastUsedStep: null },
      });
    await appendAudit(tx, {
      ...auditOf(actor, 'user'),
      action: 'secondFactor.startEnrolment',
      entityKey: String(userId),
    });
  });
}

/**
 * Marks a time step's code as used, if it is later than the last one accepted. One statement, so two
 * requests with the same code cannot both pass.
 */
export async function acceptSecondFactorStep(
  db: Database,
  userId: number,
  step: number,
): Promise<boolean> {
  const rows = await db
    .update(secondFactors)
    .set({ lastUsedStep: step })
    .where(
      and(
        eq(secondFactors.userId, userId),
        or(isNull(secondFactors.lastUsedStep), lt(secondFactors.lastUsedStep, step)),
      ),
    )
    .returning({ userId: secondFactors.userId });
  return rows.length === 1;
}

/**
 * Turns the authenticator on after its first code (already accepted for `step`), with a new set of
 * recovery codes (their hashes) in place of any earlier set.
 */
export async function confirmSecondFactor(
  db: Database,
  actor: Actor,
  input: { recoveryCodeHashes: readonly string[] },
): Promise<void> {
  const userId = ownerOf(actor);
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(secondFactors)
      .set({ confirmedAt: actor.at.toISOString() })
      .where(and(eq(secondFactors.userId, userId), isNull(secondFactors.confirmedAt)))
      .returning({ userId: secondFactors.userId });
    if (rows.length !== 1) throw new InvalidError('code', 'alreadyEnabled');
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx
      .insert(recoveryCodes)
      .values(input.recoveryCodeHashes.map((codeHash) => ({ userId, codeHash })));
    await appendAudit(tx, {
      ...auditOf(actor, 'user'),
      action: 'secondFactor.enable',
      entityKey: String(userId),
    });
  });
}

/** Uses up one recovery code; false when it is not one of the person's unused codes. */
export async function spendRecoveryCode(
  db: Database,
  userId: number,
  codeHash: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: at.toISOString() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

/** Removes the authenticator, its recovery codes and any sign-in waiting for a code. */
export async function removeSecondFactor(db: Database, userId: number): Promise<void> {
  await db.delete(pendingSignIns).where(eq(pendingSignIns.userId, userId));
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.delete(secondFactors).where(eq(secondFactors.userId, userId));
}

/** The person turns their own authenticator off (the caller has checked the password and a code). */
export async function disableOwnSecondFactor(db: Database, actor: Actor): Promise<void> {
  const userId = ownerOf(actor);
  await db.transaction(async (tx) => {
    await removeSecondFactor(tx, userId);
    await appendAudit(tx, {
      ...auditOf(actor, 'user'),
      action: 'secondFactor.disable',
      entityKey: String(userId),
    });
  });
}

export async function createPendingSignIn(
  db: Database,
  input: { idHash: string; userId: number; expiresAt: Date },
): Promise<void> {
  await db.insert(pendingSignIns).values({
    idHash: input.idHash,
    userId: input.userId,
    expiresAt: input.expiresAt.toISOString(),
  });
}

/** The account a sign-in under way belongs to, while it has not expired. */
export async function findPendingSignIn(
  db: Database,
  idHash: string,
  now: Date,
): Promise<{ userId: number } | null> {
  const [row] = await db
    .select({ userId: pendingSignIns.userId })
    .from(pendingSignIns)
    .where(and(eq(pendingSignIns.idHash, idHash), gt(pendingSignIns.expiresAt, now.toISOString())));
  return row ?? null;
}

/** Ends a sign-in under way, and clears every expired one while at it. */
export async function deletePendingSignIn(db: Database, idHash: string, now: Date): Promise<void> {
  await db
    .delete(pendingSignIns)
    .where(or(eq(pendingSignIns.idHash, idHash), lt(pendingSignIns.expiresAt, now.toISOString())));
}

function ownerOf(actor: Actor): number {
  if (actor.userId === null) throw new Error('a second factor belongs to its signed-in owner');
  return actor.userId;
}
