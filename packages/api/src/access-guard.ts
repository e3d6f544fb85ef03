import { ForbiddenError, UnauthenticatedError, type SessionUser } from '@lagesbild/domain';
import { appendAudit } from '@lagesbild/db/repositories';
import {
  WHILE_PASSWORD_MUST_CHANGE,
  WHILE_SECOND_FACTOR_MUST_ENROL,
  type AccessRule,
} from './access';
import { userAudit } from './actor';
import type { Context } from './context';

/**
 * The one access check, for every procedure and every file route: deny by default (no rule, no
 * entry), audit each refusal of a signed-in caller, and hold back all but the single task a person
 * must do first. Returns the signed-in caller, or null for a public call made by nobody.
 */
export async function guardAccess(
  ctx: Context,
  name: string,
  rule: AccessRule | undefined,
): Promise<SessionUser | null> {
  if (rule === 'public') return ctx.user ?? null;
  const user = ctx.user;
  if (!user) throw new UnauthenticatedError();
  if (rule === undefined || !rule.includes(user.role)) {
    await appendAudit(
      ctx.db,
      userAudit(ctx, user, { action: name, outcome: 'denied', summary: { role: user.role } }),
    );
    throw new ForbiddenError();
  }
  if (user.mustChangePassword && !WHILE_PASSWORD_MUST_CHANGE.has(name)) {
    throw new ForbiddenError('passwordChangeRequired');
  }
  if (user.mustEnrolSecondFactor && !WHILE_SECOND_FACTOR_MUST_ENROL.has(name)) {
    throw new ForbiddenError('secondFactorRequired');
  }
  return user;
}
