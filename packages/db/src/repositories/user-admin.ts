import { and, asc, eq, sql } from 'drizzle-orm';
import {
  ConflictError,
  InvalidError,
  NotFoundError,
  type ManagedUser,
  type Role,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { appendAudit, auditOf, type Actor } from './audit';
import { endSignIns } from './identity';
import { findOrganisation } from './lookups';
import { removeSecondFactor } from './second-factor';
import { organisations, secondFactors, units, users } from '../schema/index';

const managedUserColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  unitSlug: units.slug,
  passwordHash: users.passwordHash,
  oidcSubject: users.oidcSubject,
  disabledAt: users.disabledAt,
  version: users.version,
  createdAt: users.createdAt,
  secondFactor: sql<boolean>`exists (select 1 from ${secondFactors} where ${secondFactors.userId} = ${users.id} and ${secondFactors.confirmedAt} is not null)`,
};

interface ManagedUserRow {
  id: number;
  name: string;
  email: string;
  role: Role;
  unitSlug: string | null;
  passwordHash: string | null;
  oidcSubject: string | null;
  disabledAt: string | null;
  version: number;
  createdAt: string;
  secondFactor: boolean;
}

function toManagedUser(row: ManagedUserRow): ManagedUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    unitSlug: row.unitSlug,
    signIn: row.oidcSubject ? 'oidc' : row.passwordHash ? 'local' : 'none',
    disabled: row.disabledAt !== null,
    secondFactor: row.secondFactor,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/** The organisation, created with this name if it is not there yet (a new city's first start). */
export async function ensureOrganisation(db: Database, slug: string, name: string) {
  await db.insert(organisations).values({ slug, name }).onConflictDoNothing();
  return findOrganisation(db, slug);
}

/** Every user of the organisation, by name. */
export async function listUsers(db: Database, organisationSlug: string): Promise<ManagedUser[]> {
  const org = await findOrganisation(db, organisationSlug);
  const rows = await db
    .select(managedUserColumns)
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.organisationId, org.id))
    .orderBy(asc(users.name), asc(users.id));
  return rows.map(toManagedUser);
}

async function findManagedUser(db: Database, organisationId: number, id: number) {
  const [row] = await db
    .select(managedUserColumns)
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.organisationId, organisationId), eq(users.id, id)))
    .for('update', { of: users });
  if (!row) throw new NotFoundError('user', String(id));
  return row;
}

async function findUnitId(db: Database, organisationId: number, slug: string | null) {
  if (slug === null) return null;
  const [unit] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.organisationId, organisationId), eq(units.slug, slug)));
  if (!unit) throw new InvalidError('unitSlug', 'unknownUnit');
  return unit.id;
}

function checkVersion(row: ManagedUserRow, expected: number) {
  if (row.version !== expected) {
    throw new ConflictError('user changed since it was read', {
      currentVersion: row.version,
      current: toManagedUser(row),
    });
  }
}

export interface CreateManagedUser {
  email: string;
  name: string;
  role: Role;
  unitSlug: string | null;
  passwordHash: string | null;
}

/** Adds a user; an e-mail already in the organisation is a field error, not a second account. */
export async function createManagedUser(
  db: Database,
  actor: Actor,
  input: CreateManagedUser,
): Promise<ManagedUser> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const email = input.email.toLowerCase();
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.organisationId, org.id), eq(users.email, email)));
    if (taken) throw new InvalidError('email', 'emailTaken');
    const unitId = await findUnitId(tx, org.id, input.unitSlug);
    const [created] = await tx
      .insert(users)
      .values({
        organisationId: org.id,
        email,
        name: input.name,
        role: input.role,
        unitId,
        passwordHash: input.passwordHash,
        createdAt: actor.at.toISOString(),
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    // A concurrent request took the e-mail between the check and the insert.
    if (!created) throw new InvalidError('email', 'emailTaken');
    await appendAudit(tx, {
      ...auditOf(actor, 'user'),
      action: 'users.create',
      entityKey: String(created.id),
      summary: { after: { email, name: input.name, role: input.role, unit: input.unitSlug } },
    });
    return toManagedUser(await findManagedUser(tx, org.id, created.id));
  });
}

export interface UpdateManagedUser {
  id: number;
  expectedVersion: number;
  name: string;
  role: Role;
  unitSlug: string | null;
}

/**
 * Changes a user's name, role or unit. The new role holds from the user's next request: sessions
 * read the role from the user, never keep a copy.
 */
export async function updateManagedUser(
  db: Database,
  actor: Actor,
  input: UpdateManagedUser,
): Promise<ManagedUser> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const row = await findManagedUser(tx, org.id, input.id);
    checkVersion(row, input.expectedVersion);
    if (input.id === actor.userId && input.role !== row.role) {
      throw new InvalidError('role', 'ownRole');
    }
    const unitId = await findUnitId(tx, org.id, input.unitSlug);
    const before = { name: row.name, role: row.role, unit: row.unitSlug };
    const after = { name: input.name, role: input.role, unit: input.unitSlug };
    if (JSON.stringify(before) === JSON.stringify(after)) return toManagedUser(row);
    await tx
      .update(users)
      .set({ name: input.name, role: input.role, unitId, version: row.version + 1 })
      .where(eq(users.id, input.id));
    const accessChanged = before.role !== after.role || before.unit !== after.unit;
    await appendAudit(tx, {
      ...auditOf(actor, 'user'),
      action: accessChanged ? 'users.roleChange' : 'users.update',
      entityKey: String(input.id),
      summary: { before, after },
    });
    return toManagedUser(await findManagedUser(tx, org.id, input.id));
  });
}

/** Disables a user (out on the next request, every session ended) or lets them in again. */
export async function setManagedUserDisabled(
  db: Database,
  actor: Actor,
  input: { id: number; expectedVersion: number; disabled: boolean; at: Date },
): Promise<ManagedUser> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const row = await findManagedUser(tx, org.id, input.id);
    checkVersion(row, input.expectedVersion);
    if (input.id === actor.userId) throw new InvalidError('disabled', 'ownAccount');
    if ((row.disabledAt !== null) === input.disabled) return toManagedUser(row);
    await tx
      .update(users)
      .set({
        disabledAt: input.disabled ? input.at.toISOString() : null,
        version: row.version + 1,
      })
      .where(eq(users.id, input.id));
    if (input.disabled) await endSignIns(tx, input.id);
    await appendAudit(tx, {
      ...auditOf(actor, 'user'),
      action: input.disabled ? 'users.disable' : 'users.enable',
      entityKey: String(input.id),
      summary: { user: row.email },
    });
    return toManagedUser(await findManagedUser(tx, org.id, input.id));
  });
}

/**
 * ITD gives a local account a temporary password: every session of the person ends, and at the next sign-in
 * they must choose their own before anything else. Never one's own account (change it instead), never one
 * that signs in through the identity provider.
 */
export async function resetManagedPassword(
  db: Database,
  actor: Actor,
  input: { id: number; expectedVersion: number; passwordHash: string },
): Promise<ManagedUser> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const row = await findManagedUser(tx, org.id, input.id);
    checkVersion(row, input.expectedVersion);
    if (input.id === actor.userId) throw new InvalidError('id', 'ownAccount');
    if (toManagedUser(row).signIn !== 'local') throw new InvalidError('id', 'notLocalAccount');
    await tx
      .update(users)
      .set({
        passwordHash: input.passwordHash,
        mustChangePassword: true,
        passwordChangedAt: actor.at.toISOString(),
        version: row.version + 1,
      })
      .where(eq(users.id, input.id));
    await endSignIns(tx, input.id);
    await appendAudit(tx, {
      ...auditOf(actor, 'user'),
      action: 'users.resetPassword',
      entityKey: String(input.id),
      summary: { user: row.email },
    });
    return toManagedUser(await findManagedUser(tx, org.id, input.id));
  });
}

/**
 * ITD removes a person's authenticator and recovery codes (a lost phone): every session of theirs ends,
 * and they sign in with the password alone until they enrol again. Never one's own (turn it off instead).
 */
export async function resetManagedSecondFactor(
  db: Database,
  actor: Actor,
  input: { id: number; expectedVersion: number },
): Promise<ManagedUser> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const row = await findManagedUser(tx, org.id, input.id);
    checkVersion(row, input.expectedVersion);
    if (input.id === actor.userId) throw new InvalidError('id', 'ownAccount');
    if (!row.secondFactor) throw new InvalidError('id', 'noSecondFactor');
    await removeSecondFactor(tx, input.id);
    await tx
      .update(users)
      .set({ version: row.version + 1 })
      .where(eq(users.id, input.id));
    await endSignIns(tx, input.id);
    await appendAudit(tx, {
      ...auditOf(actor, 'user'),
      action: 'users.resetSecondFactor',
      entityKey: String(input.id),
      summary: { user: row.email },
    });
    return toManagedUser(await findManagedUser(tx, org.id, input.id));
  });
}
