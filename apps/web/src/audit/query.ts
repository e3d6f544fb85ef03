import type { AppRouter } from '@lagesbild/api';
import { infiniteQueryOptions } from '@tanstack/react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { trpcClient } from '../trpc';

export type AuditPage = inferRouterOutputs<AppRouter>['audit']['list'];
export type AuditEntry = AuditPage['entries'][number];
export type AuditFilter = Omit<
  NonNullable<inferRouterInputs<AppRouter>['audit']['list']>,
  'before' | 'limit'
>;

/**
 * The log page by page, newest first. The API's cursor is `before`, not tRPC's `cursor`, so this is
 * a plain infinite query around the client rather than `infiniteQueryOptions` from the proxy.
 */
export function auditLogQueryOptions(filter: AuditFilter) {
  return infiniteQueryOptions({
    queryKey: ['audit', 'list', 'pages', filter],
    queryFn: ({ pageParam, signal }) =>
      trpcClient.audit.list.query({ ...filter, before: pageParam }, { signal }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
