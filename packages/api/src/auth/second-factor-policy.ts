import type { Role, SessionUser } from '@lagesbild/domain';
import type { Database } from '@lagesbild/db/client';
import { needsSecondFactorEnrolment } from '@lagesbild/db/repositories';

/**
 * The server's rule that some roles must have a second factor: a local account of such a role without
 * one is marked, and reaches nothing but enrolment (see WHILE_SECOND_FACTOR_MUST_ENROL) until it is done.
 */
export async function applySecondFactorPolicy(
  db: Database,
  user: SessionUser,
  requiredFor: readonly Role[],
): Promise<SessionUser> {
  if (!requiredFor.includes(user.role)) return user;
  return (await needsSecondFactorEnrolment(db, user.id))
    ? { ...user, mustEnrolSecondFactor: true }
    : user;
}
