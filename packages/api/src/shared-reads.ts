import type { Role } from '@lagesbild/domain';
import { ACCESS } from './access';

/**
 * Reads whose answer is the same for every user the access table lets call them: it depends only on
 * the organisation, the input and the data. The HTTP host may keep their serialized answers and serve
 * them again until the next write. A procedure that looks at `ctx.user` must never be listed here.
 */
export const SHARED_READS: ReadonlySet<string> = new Set([
  'maturity.overview',
  'maturity.unit',
  'maturity.capability',
]);

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
