import { ForbiddenError, type SessionUser } from '@lagesbild/domain';
import type { Actor } from '@lagesbild/db/repositories';
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
