import type { RouterInputs, RouterOutputs } from '@lagesbild/api';
import { trpc } from '../trpc';

export type AuditPage = RouterOutputs['audit']['list'];
export type AuditEntry = AuditPage['entries'][number];
export type AuditFilter = Omit<
  NonNullable<RouterInputs['audit']['list']>,
  'cursor' | 'direction' | 'limit'
>;

/** The log page by page, newest first; each page's nextCursor asks for the next. */
export function auditLogQueryOptions(filter: AuditFilter) {
  return trpc.audit.list.infiniteQueryOptions(filter, {
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
