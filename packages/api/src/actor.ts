import { ForbiddenError, type SessionUser } from '@lagesbild/domain';
import type { Actor, AuditEntry } from '@lagesbild/db/repositories';
import type { Context } from './context';

/** Who makes a change, for the audit log: the signed-in user of this request. */
export function actorOf(ctx: Context & { user: SessionUser }): Actor {
  return {
    organisationSlug: ctx.organisationSlug,
    userId: ctx.user.id,
    label: ctx.user.name,
    correlationId: ctx.requestId,
    at: ctx.now(),
    client: ctx.client,
  };
}

/** The reporter's own unit, from the session: no input ever names the unit a reporter writes for. */
export function unitOf(user: SessionUser): string {
  if (!user.unitSlug) throw new ForbiddenError('no unit');
  return user.unitSlug;
}

/** What every audit entry of this request says: the organisation, the request's id and source, the time. */
export function requestAudit(ctx: Context, action: string) {
  return {
    organisationSlug: ctx.organisationSlug,
    action,
    correlationId: ctx.requestId,
    client: ctx.client,
    at: ctx.now(),
  };
}

/** An audit entry for what the signed-in user did, or was refused, in this request. */
export function userAudit(
  ctx: Context,
  user: SessionUser,
  entry: Pick<AuditEntry, 'action' | 'outcome' | 'entityType' | 'entityKey' | 'summary'>,
): AuditEntry {
  return {
    ...requestAudit(ctx, entry.action),
    actorUserId: user.id,
    actorLabel: user.name,
    ...entry,
  };
}
