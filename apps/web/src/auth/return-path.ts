import type { SessionUser } from '../api-types';

/**
 * `till` comes from the address bar, so anyone can craft it: only a path on this site is followed.
 * `//host` and `/\host` are read by browsers as another host, so they are refused too.
 */
export function safeReturnPath(till: string | undefined): string | null {
  if (!till || !till.startsWith('/')) return null;
  if (till.startsWith('//') || till.startsWith('/\\')) return null;
  // Control characters (tab, newline) are stripped by URL parsers and could rebuild `//`.
  if ([...till].some(isControlCharacter)) return null;
  return till;
}

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

function isControlCharacter(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}
