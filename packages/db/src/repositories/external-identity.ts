import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Role, SessionUser } from '@lagesbild/domain';
import type { Database } from '../client';
import { findOrganisation } from './lookups';
import { oidcLogins, units, users } from '../schema/index';

/** A sign-in at the identity provider must come back within this time. */
export const OIDC_LOGIN_TTL_MS = 10 * 60_000;

export interface PendingOidcLogin {
  bindingHash: string;
  codeVerifier: string;
  state: string;
  nonce: string;
  returnPath: string;
}

/** Remembers a started sign-in; also sweeps away the ones nobody finished. */
export async function saveOidcLogin(
  db: Database,
  login: PendingOidcLogin,
  now: Date,
): Promise<void> {
  const expired = new Date(now.getTime() - OIDC_LOGIN_TTL_MS).toISOString();
  await db.delete(oidcLogins).where(lt(oidcLogins.createdAt, expired));
  await db.insert(oidcLogins).values({ ...login, createdAt: now.toISOString() });
}

/**
 * Loads and removes a started sign-in in one statement, so two callbacks racing with the same cookie
 * cannot both use it; null when it is unknown, already used or older than the time allowed.
 */
export async function takeOidcLogin(
  db: Database,
  bindingHash: string,
  now: Date,
): Promise<PendingOidcLogin | null> {
  const [row] = await db
    .delete(oidcLogins)
    .where(eq(oidcLogins.bindingHash, bindingHash))
    .returning();
  if (!row) return null;
  if (now.getTime() - Date.parse(row.createdAt) > OIDC_LOGIN_TTL_MS) return null;
  const { createdAt: _c, ...login } = row;
  return login;
}

export interface ExternalIdentity {
  organisationSlug: string;
  issuer: string;
  subject: string;
  email: string;
  name: string;
  role: Role;
  /** The unit of a reporter; ignored for the other roles. */
  unitSlug: string | null;
}

export interface SyncedUser {
  user: SessionUser;
  disabled: boolean;
  /** Role and unit before this sign-in; null for a user created now. */
  previous: { role: Role; unitSlug: string | null } | null;
}

/** The unit's id in the organisation, or null when there is no such unit. */
async function findUnitId(db: Database, organisationId: number, slug: string) {
  const [unit] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.organisationId, organisationId), eq(units.slug, slug)));
  return unit?.id ?? null;
}

/**
 * The user behind an identity provider's subject, made to match the provider's claims (it is
 * authoritative): found by issuer and subject, else a pre-created user with the same e-mail and no
 * subject yet is linked, else one is created. Null when a reporter's unit is unknown here.
 * Run it in the sign-in's transaction.
 */
export async function syncExternalUser(
  db: Database,
  identity: ExternalIdentity,
): Promise<SyncedUser | null> {
  const org = await findOrganisation(db, identity.organisationSlug);
  let unitId: number | null = null;
  if (identity.role === 'reporter') {
    unitId = identity.unitSlug ? await findUnitId(db, org.id, identity.unitSlug) : null;
    if (unitId === null) return null;
  }
  const email = identity.email.toLowerCase();
  const columns = {
    id: users.id,
    role: users.role,
    unitSlug: units.slug,
    disabledAt: users.disabledAt,
  };
  const [bySubject] = await db
    .select(columns)
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(
      and(
        eq(users.organisationId, org.id),
        eq(users.oidcIssuer, identity.issuer),
        eq(users.oidcSubject, identity.subject),
      ),
    );
  const [existing] = bySubject
    ? [bySubject]
    : await db
        .select(columns)
        .from(users)
        .leftJoin(units, eq(units.id, users.unitId))
        .where(
          and(eq(users.organisationId, org.id), eq(users.email, email), isNull(users.oidcSubject)),
        );
  const values = {
    email,
    name: identity.name,
    role: identity.role,
    unitId,
    oidcIssuer: identity.issuer,
    oidcSubject: identity.subject,
  };
  let id: number;
  if (existing) {
    id = existing.id;
    await db
      .update(users)
      .set({ ...values, version: sql`${users.version} + 1` })
      .where(eq(users.id, id));
  } else {
    const [row] = await db
      .insert(users)
      .values({ ...values, organisationId: org.id })
      .returning({ id: users.id });
    id = row!.id;
  }
  const unitSlug = identity.role === 'reporter' ? identity.unitSlug : null;
  return {
    // Someone who signs in through the identity provider has no password here to change.
    user: {
      id,
      name: identity.name,
      email,
      role: identity.role,
      unitSlug,
      mustChangePassword: false,
    },
    disabled: existing ? existing.disabledAt !== null : false,
    previous: existing ? { role: existing.role, unitSlug: existing.unitSlug } : null,
  };
}
