import { and, eq, ne, sql } from 'drizzle-orm';
import { NotFoundError, type Role, type SessionUser } from '@lagesbild/domain';
import type { Database } from '../client';
import { isStorageFailure } from '../storage-failure';
import { appendAudit, auditOf, type Actor } from './audit';
import { findOrganisation } from './lookups';
import { organisations, pendingSignIns, sessions, units, users } from '../schema/index';

export interface NewUser {
  organisationSlug: string;
  email: string;
  name: string;
  role: Role;
  /** Required for a reporter, refused for the other roles (the database checks it too). */
  unitSlug?: string | null;
  passwordHash?: string | null;
}

export async function createUser(db: Database, user: NewUser): Promise<number> {
  const org = await findOrganisation(db, user.organisationSlug);
  let unitId: number | null = null;
  if (user.unitSlug) {
    const [unit] = await db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.organisationId, org.id), eq(units.slug, user.unitSlug)));
    if (!unit) throw new NotFoundError('unit', user.unitSlug);
    unitId = unit.id;
  }
  const [row] = await db
    .insert(users)
    .values({
      organisationId: org.id,
      email: user.email.toLowerCase(),
      name: user.name,
      role: user.role,
      unitId,
      passwordHash: user.passwordHash ?? null,
    })
    .returning({ id: users.id });
  return row!.id;
}

const sessionUserColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  unitSlug: units.slug,
  mustChangePassword: users.mustChangePassword,
};

export interface SignInCandidate extends SessionUser {
  passwordHash: string | null;
  disabled: boolean;
}

/** The local account with this e-mail in the organisation, or null. */
export async function findLocalAccount(
  db: Database,
  organisationSlug: string,
  email: string,
): Promise<SignInCandidate | null> {
  const [row] = await db
    .select({
      ...sessionUserColumns,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(units, eq(units.id, users.unitId))
    .where(and(eq(organisations.slug, organisationSlug), eq(users.email, email.toLowerCase())));
  if (!row) return null;
  const { disabledAt, ...rest } = row;
  return { ...rest, disabled: disabledAt !== null };
}

/** The same, by id: the account a sign-in under way belongs to. */
export async function findLocalAccountById(
  db: Database,
  organisationSlug: string,
  userId: number,
): Promise<SignInCandidate | null> {
  const [row] = await db
    .select({ email: users.email })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(organisations.slug, organisationSlug), eq(users.id, userId)));
  return row ? findLocalAccount(db, organisationSlug, row.email) : null;
}

export interface SessionPolicy {
  /** A session unused this long has ended. */
  idleMs: number;
  /** A session ends this long after sign-in, however active. */
  absoluteMs: number;
}

export async function createSession(
  db: Database,
  input: { idHash: string; userId: number; now: Date; policy: SessionPolicy },
): Promise<void> {
  const now = input.now.toISOString();
  await db.insert(sessions).values({
    idHash: input.idHash,
    userId: input.userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(input.now.getTime() + input.policy.absoluteMs).toISOString(),
  });
}

/**
 * The signed-in user of a session, renewing its idle timer; null (and the session removed) when it has
 * timed out, passed its absolute end, or its user is disabled.
 */
export async function resolveSession(
  db: Database,
  idHash: string,
  now: Date,
  policy: SessionPolicy,
): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      ...sessionUserColumns,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      disabledAt: users.disabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(sessions.idHash, idHash));
  if (!row) return null;
  const idleFor = now.getTime() - Date.parse(row.lastSeenAt);
  if (
    row.disabledAt !== null ||
    idleFor > policy.idleMs ||
    now.getTime() >= Date.parse(row.expiresAt)
  ) {
    await deleteSession(db, idHash);
    return null;
  }
  // With the disk full or the database read-only the reader may still read; the timer waits.
  await db
    .update(sessions)
    .set({ lastSeenAt: now.toISOString() })
    .where(eq(sessions.idHash, idHash))
    .catch((err: unknown) => {
      if (!isStorageFailure(err)) throw err;
    });
  const { lastSeenAt: _l, expiresAt: _e, disabledAt: _d, ...user } = row;
  return user;
}

export async function deleteSession(db: Database, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function disableUser(db: Database, userId: number, at: Date): Promise<void> {
  await db.update(users).set({ disabledAt: at.toISOString() }).where(eq(users.id, userId));
}

/**
 * Ends every way a person is signed in or signing in: their sessions (but `keep`, the one in use when
 * they change their own password) and any sign-in waiting for their second factor, so a password that
 * was known before a change, a reset or a disabling opens nothing afterwards.
 */
export async function endSignIns(db: Database, userId: number, keep: string | null = null) {
  await db
    .delete(sessions)
    .where(
      keep === null
        ? eq(sessions.userId, userId)
        : and(eq(sessions.userId, userId), ne(sessions.idHash, keep)),
    );
  await db.delete(pendingSignIns).where(eq(pendingSignIns.userId, userId));
}

/**
 * A person's own new password: stored, the duty to change it cleared, and every other session of theirs
 * ended (a stolen session does not outlive the change); the one they are using stays.
 */
export async function changeOwnPassword(
  db: Database,
  actor: Actor,
  input: { passwordHash: string; keepSessionHash: string | null },
): Promise<void> {
  const userId = actor.userId;
  if (userId === null) throw new Error('a password is changed by its signed-in owner');
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash: input.passwordHash,
        mustChangePassword: false,
        passwordChangedAt: actor.at.toISOString(),
        version: sql`${users.version} + 1`,
      })
      .where(eq(users.id, userId));
    await endSignIns(tx, userId, input.keepSessionHash);
    await appendAudit(tx, {
      ...auditOf(actor, 'user'),
      action: 'auth.changePassword',
      entityKey: String(userId),
    });
  });
}
