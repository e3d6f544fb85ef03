import { trpc } from '../trpc';

export function capacityFormQueryOptions(round: string) {
  return trpc.capacity.form.queryOptions({ round });
}
