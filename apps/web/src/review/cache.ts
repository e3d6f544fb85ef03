import type { QueryClient } from '@tanstack/react-query';
import { trpc } from '../trpc';
import type { ReviewForm } from './types';
import type { SavedValidation } from './validation-draft';

export interface ReviewKey {
  round: string;
  unit: string;
}

/** Puts a capability's saved validation into the cached form, so the page agrees with the server. */
export function storeValidation(
  queryClient: QueryClient,
  key: ReviewKey,
  capabilityCode: string,
  saved: SavedValidation & { version: number },
) {
  queryClient.setQueryData(
    trpc.review.form.queryKey(key),
    (form: ReviewForm | undefined) =>
      form && {
        ...form,
        items: form.items.map((item) =>
          item.capabilityCode === capabilityCode ? { ...item, ...saved } : item,
        ),
      },
  );
}

/** After a decision the form, the progress table and the dashboards may all read differently. */
export function refreshAfterDecision(queryClient: QueryClient, key: ReviewKey) {
  void queryClient.invalidateQueries({ queryKey: trpc.review.form.queryKey(key) });
  void queryClient.invalidateQueries({ queryKey: trpc.rounds.pathKey() });
  void queryClient.invalidateQueries({ queryKey: trpc.maturity.pathKey() });
}
