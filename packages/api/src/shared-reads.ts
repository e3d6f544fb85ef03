import { SHARED_READS, type SessionUser } from '@lagesbild/domain';
import { ACCESS } from './access';

/**
 * True when every path is a shared read and this user may call each of them: by role, and not while a
 * reset password or a required second factor keeps them to that one task.
 */
export function mayReadShared(
  paths: readonly string[],
  user: Pick<SessionUser, 'role' | 'mustChangePassword' | 'mustEnrolSecondFactor'>,
): boolean {
  const { role } = user;
  if (user.mustChangePassword || user.mustEnrolSecondFactor) return false;
  return (
    paths.length > 0 &&
    paths.every((path) => {
      const rule = ACCESS[path];
      return (
        SHARED_READS.has(path) && rule !== undefined && rule !== 'public' && rule.includes(role)
      );
    })
  );
}
