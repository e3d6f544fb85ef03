import { SHARED_READS, type Role } from '@lagesbild/domain';
import { ACCESS } from './access';

/** True when every path is a shared read and this role may call each of them. */
export function mayReadShared(paths: readonly string[], role: Role): boolean {
  return (
    paths.length > 0 &&
    paths.every((path) => {
      const rule = ACCESS[path];
      return (
        SHARED_READS.has(path) && rule !== undefined && rule !== 'public' && rule.includes(role)
      );
    })
  );
}
