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
import { apiCodeOf } from './forms/api-error';

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

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => failures < 2 && !FINAL_CODES.has(apiCodeOf(error) ?? ''),
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
