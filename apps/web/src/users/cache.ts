import type { QueryClient } from '@tanstack/react-query';
import type { ManagedUser } from '../api-types';
import { trpc } from '../trpc';

/** Puts a user the API just returned into the cached list at once, then checks with the server. */
export function storeUser(queryClient: QueryClient, user: ManagedUser) {
  const key = trpc.users.list.queryKey();
  queryClient.setQueryData(key, (old) => {
    if (!old) return old;
    return old.some((u) => u.id === user.id)
      ? old.map((u) => (u.id === user.id ? user : u))
      : [...old, user];
  });
  void queryClient.invalidateQueries({ queryKey: key });
}
