import type { PlanChapter } from '../plan-content';
import type { PlanContext } from '../plan-sources';

/** Chapter: not yet written. */
export function buildComparisonChapter(_context: PlanContext): PlanChapter {
  return { key: 'comparison', statements: [], figures: [], tables: [] };
}
