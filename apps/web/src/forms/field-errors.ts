import { isApiError } from '../trpc';

/** One field's problem as the API reports it: a zod issue code or a domain message key. */
export interface ApiFieldIssue {
  path: string;
  code: string;
}

/** The field issues of a refused input; anything else (network, conflict, forbidden) has none. */
export function findApiFieldIssues(error: unknown): ApiFieldIssue[] {
  if (!isApiError(error) || error.data?.code !== 'BAD_REQUEST') return [];
  return error.data.fieldIssues ?? [];
}

/** The first field in form order that has an error: where focus goes so the user can fix it. */
export function findFirstInvalidField<F extends string>(
  errors: Partial<Record<F, unknown>>,
  order: readonly F[],
): F | null {
  return order.find((field) => errors[field] !== undefined) ?? null;
}
