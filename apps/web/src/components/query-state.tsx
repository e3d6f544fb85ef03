import { PageError, PageLoading } from './states';

/**
 * While a page's one query has no data: its loading state, or its error with a way to retry. For pages
 * with no round or subject of their own; use it as `if (!query.isSuccess) return <QueryState … />`, so
 * the data is there below.
 */
export function QueryState({
  query,
  title,
}: {
  query: { isPending: boolean; error: unknown; refetch: () => unknown };
  title: string;
}) {
  if (query.isPending) return <PageLoading title={title} />;
  return (
    <PageError
      error={query.error}
      retry={() => void query.refetch()}
      round={undefined}
      latestLink={null}
    />
  );
}
