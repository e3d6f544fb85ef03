import type { PlanChapter } from '../plan-content';
import type { PlanContext } from '../plan-sources';

/** Chapter: not yet written. */
export function buildCapacityChapter(_context: PlanContext): PlanChapter {
  return { key: 'capacity', statements: [], figures: [], tables: [] };
}
