import type { PlanChapter } from '../plan-content';
import type { PlanContext } from '../plan-sources';

/** Chapter: not yet written. */
export function buildConclusionsChapter(_context: PlanContext): PlanChapter {
  return { key: 'conclusions', statements: [], figures: [], tables: [] };
}
