import { hashSessionToken, newSessionToken } from '@lagesbild/api';
import type { Database } from '@lagesbild/db/client';
import {
  type AuditClient,
  appendAudit,
  createSession,
  deleteSession,
  syncExternalUser,
  type SessionPolicy,
} from '@lagesbild/db/repositories';
import type { MappedClaims } from './claims';

/** The codes the sign-in page knows (`/logga-in?fel=...`). */
export type SignInErrorCode = 'oidc' | 'behorighet' | 'inaktiverad';

export interface SignInAttempt {
  db: Database;
  organisationSlug: string;
  requestId: string;
  client: AuditClient;
  now: Date;
}

/** Audits a refused OIDC sign-in: the reason, never a token or the code. */
export async function auditOidcFailure(
  attempt: SignInAttempt,
  reason: string,
  actor: { id: number | null; label: string } = { id: null, label: 'OpenID Connect' },
): Promise<void> {
  await appendAudit(attempt.db, {
    organisationSlug: attempt.organisationSlug,
    action: 'auth.signIn',
    actorUserId: actor.id,
    actorLabel: actor.label,
    outcome: 'failure',
    summary: { method: 'oidc', reason },
    correlationId: attempt.requestId,
    client: attempt.client,
    at: attempt.now,
  });
}

export type SignInResult = { token: string } | { error: SignInErrorCode; reason: string };

/**
 * Brings the user up to date with the provider's claims and starts a new session, all in one
 * transaction with its audit entries; an old session of this browser ends.
 */
export async function completeOidcSignIn(
  attempt: SignInAttempt,
  input: {
    issuer: string;
    claims: MappedClaims;
    previousToken: string | null;
    policy: SessionPolicy;
  },
): Promise<SignInResult> {
  const { claims } = input;
  const audit = {
    organisationSlug: attempt.organisationSlug,
    correlationId: attempt.requestId,
    client: attempt.client,
    at: attempt.now,
  };
  const token = newSessionToken();
  const outcome = await attempt.db.transaction(async (tx) => {
    const synced = await syncExternalUser(tx, {
      organisationSlug: attempt.organisationSlug,
      issuer: input.issuer,
      subject: claims.subject,
      email: claims.email,
      name: claims.name,
      role: claims.role,
      unitSlug: claims.unitSlug,
    });
    if (!synced) return { error: 'behorighet', reason: 'unknown unit' } as const;
    const { user, previous } = synced;
    const actor = { actorUserId: user.id, actorLabel: user.name };
    if (previous && (previous.role !== user.role || previous.unitSlug !== user.unitSlug)) {
      await appendAudit(tx, {
        ...audit,
        ...actor,
        action: 'users.roleChange',
        outcome: 'success',
        entityType: 'user',
        entityKey: String(user.id),
        summary: {
          method: 'oidc',
          before: { role: previous.role, unit: previous.unitSlug },
          after: { role: user.role, unit: user.unitSlug },
        },
      });
    }
    if (synced.disabled) return { error: 'inaktiverad', reason: 'disabled', user } as const;
    if (input.previousToken) await deleteSession(tx, hashSessionToken(input.previousToken));
    await createSession(tx, {
      idHash: hashSessionToken(token),
      userId: user.id,
      now: attempt.now,
      policy: input.policy,
    });
    await appendAudit(tx, {
      ...audit,
      ...actor,
      action: 'auth.signIn',
      outcome: 'success',
      summary: { method: 'oidc' },
    });
    return { token } as const;
  });
  if ('token' in outcome) return outcome;
  const user = 'user' in outcome ? outcome.user : undefined;
  const actor = user ? { id: user.id, label: user.name } : { id: null, label: claims.email };
  await auditOidcFailure(attempt, outcome.reason, actor);
  return { error: outcome.error, reason: outcome.reason };
}
