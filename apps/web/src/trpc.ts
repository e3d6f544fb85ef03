import type { AppRouter } from '@lagesbild/api';
import { QueryClient } from '@tanstack/react-query';
import { SHARED_READS } from '@lagesbild/domain';
import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  splitLink,
  TRPCClientError,
} from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';

export type ApiError = TRPCClientError<AppRouter>;

export function isApiError(error: unknown): error is ApiError {
  return error instanceof TRPCClientError;
}

/**
 * Asking again will not help with these: the answer would be the same. Over the call budget, asking
 * again at once only spends it further.
 */
const FINAL_CODES = new Set([
  'NOT_FOUND',
  'BAD_REQUEST',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'TOO_MANY_REQUESTS',
]);

/** The server refused the call because this user made too many in a short time (429). */
export function isRateLimited(error: unknown): boolean {
  return isApiError(error) && error.data?.code === 'TOO_MANY_REQUESTS';
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) =>
        failures < 2 && !(isApiError(error) && FINAL_CODES.has(error.data?.code ?? '')),
    },
  },
});

const trpcClient = createTRPCClient<AppRouter>({
  links: [
    splitLink({
      // Shared reads go alone, so their URL and the browser's ETag stay the same from visit to visit
      // and an unchanged answer costs a 304.
      condition: (op) => op.type === 'query' && SHARED_READS.has(op.path),
      true: httpLink({ url: '/trpc' }),
      // The server refuses batches over 20 calls.
      false: httpBatchLink({ url: '/trpc', maxItems: 10 }),
    }),
  ],
});

/** The one options proxy: components call `useQuery(trpc.maturity.x.queryOptions(input))`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

/**
 * What a NOT_FOUND is about ('capability', 'unit', 'round'), from the error's details;
 * an invalid code or slug counts as not found too.
 */
export function notFoundSubject(error: unknown): string | null {
  if (!isApiError(error)) return null;
  const code = error.data?.code;
  if (code === 'BAD_REQUEST') {
    const path = error.data?.fieldIssues?.[0]?.path;
    if (path === 'code') return 'capability';
    if (path === 'slug') return 'unit';
    if (path === 'round') return 'round';
    return null;
  }
  if (code !== 'NOT_FOUND') return null;
  const what = error.data?.details?.what;
  return typeof what === 'string' ? what : 'unknown';
}
