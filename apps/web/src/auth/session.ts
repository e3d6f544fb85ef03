import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { SessionUser } from '../api-types';
import { isApiError, trpc } from '../trpc';

/** Pages anyone may read without signing in; every other path needs a session (deny by default). */
const PUBLIC_PATHS = new Set(['/logga-in', '/tillganglighet']);

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.has(pathname.replace(/\/+$/, '') || '/');
}

export const meQueryOptions = () => trpc.auth.me.queryOptions();

/** Who is signed in: `undefined` while asking, `null` when nobody is. */
export function useSessionUser() {
  return useQuery(meQueryOptions());
}

/** Remembers the new user and drops every answer cached for whoever used the browser before. */
export function startSession(queryClient: QueryClient, user: SessionUser) {
  forgetUserData(queryClient);
  queryClient.setQueryData(trpc.auth.me.queryKey(), user);
}

/** Signed out: nobody is signed in and nothing that needed a session stays cached. */
export function endSession(queryClient: QueryClient) {
  forgetUserData(queryClient);
  queryClient.setQueryData(trpc.auth.me.queryKey(), null);
}

function forgetUserData(queryClient: QueryClient) {
  // `auth.me` stays, so the header and the sign-in guard that watch it hear about the change.
  const meKey = JSON.stringify(trpc.auth.me.queryKey());
  queryClient.removeQueries({ predicate: (q) => JSON.stringify(q.queryKey) !== meKey });
}

/**
 * A query refused with UNAUTHORIZED means the session ended (timed out, signed out in another tab):
 * mark the user signed out, and the guard sends them to sign in and back again.
 */
export function endSessionOnUnauthorized(queryClient: QueryClient): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    const error = event.action.error;
    if (isApiError(error) && error.data?.code === 'UNAUTHORIZED') {
      queryClient.setQueryData(trpc.auth.me.queryKey(), null);
    }
  });
}
