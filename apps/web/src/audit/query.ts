import type { AppRouter } from '@lagesbild/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { trpc } from '../trpc';

export type AuditPage = inferRouterOutputs<AppRouter>['audit']['list'];
export type AuditEntry = AuditPage['entries'][number];
export type AuditFilter = Omit<
  NonNullable<inferRouterInputs<AppRouter>['audit']['list']>,
  'cursor' | 'direction' | 'limit'
>;

/** The log page by page, newest first; each page's nextCursor asks for the next. */
export function auditLogQueryOptions(filter: AuditFilter) {
  return trpc.audit.list.infiniteQueryOptions(filter, {
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
