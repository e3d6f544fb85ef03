import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from './trpc';

/** The API's 503 for a database that cannot keep changes now (disk full, read-only): `details.reason`. */
export function isStorageUnavailable(error: unknown): boolean {
  if (!isApiError(error) || error.data?.code !== 'SERVICE_UNAVAILABLE') return false;
  const details = error.data.details as { reason?: unknown } | null | undefined;
  return details?.reason === 'storage';
}

let failing = false;
const listeners = new Set<() => void>();

function setFailing(value: boolean) {
  if (failing === value) return;
  failing = value;
  for (const listener of listeners) listener();
}

/** Whether the last word from the server was that nothing can be saved; for useSyncExternalStore. */
export const storageStatus = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  isFailing: (): boolean => failing,
};

/**
 * Any call refused because the database cannot keep changes raises the banner, on every page at once,
 * instead of each form saying to check the connection; the next change that is saved lowers it.
 */
export function watchStorageFailures(queryClient: QueryClient): () => void {
  const offQueries = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    if (isStorageUnavailable(event.action.error)) setFailing(true);
  });
  const offMutations = queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated') return;
    if (event.action.type === 'error' && isStorageUnavailable(event.action.error)) setFailing(true);
    if (event.action.type === 'success') setFailing(false);
  });
  return () => {
    offQueries();
    offMutations();
  };
}
