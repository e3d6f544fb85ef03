import type { PlanChapter } from '../plan-content';
import type { PlanContext } from '../plan-sources';

/** Chapter: not yet written. */
export function buildFactorsChapter(_context: PlanContext): PlanChapter {
  return { key: 'factors', statements: [], figures: [], tables: [] };
}
