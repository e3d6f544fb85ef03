import type { QueryClient } from '@tanstack/react-query';
import { trpc } from '../trpc';

/** A need or scenario changed: the register and every planning view computed from it read again. */
export function refreshPlanning(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: trpc.planning.pathKey() });
}
