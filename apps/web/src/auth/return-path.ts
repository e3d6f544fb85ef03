import { safeReturnPath } from '@lagesbild/domain/return-path';
import type { SessionUser } from '../api-types';

// Lives in domain so the server's OpenID Connect start follows the same rule; the subpath keeps full
// zod out of this chunk.
export { safeReturnPath };

/** Where a user starts: a reporter on its own unit, everyone else on the overview. */
export function homePathFor(user: Pick<SessionUser, 'role' | 'unitSlug'>): string {
  if (user.role === 'reporter' && user.unitSlug)
    return `/enhet/${encodeURIComponent(user.unitSlug)}`;
  return '/';
}

/** After signing in: back to the page that asked for it, else the user's start page. */
export function pathAfterSignIn(
  till: string | undefined,
  user: Pick<SessionUser, 'role' | 'unitSlug'>,
): string {
  return safeReturnPath(till) ?? homePathFor(user);
}
