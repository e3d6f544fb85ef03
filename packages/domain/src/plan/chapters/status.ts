import type { PlanChapter } from '../plan-content';
import type { PlanContext } from '../plan-sources';

/** Chapter: not yet written. */
export function buildStatusChapter(_context: PlanContext): PlanChapter {
  return { key: 'status', statements: [], figures: [], tables: [] };
}
