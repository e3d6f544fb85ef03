import type { PlanChapter } from '../plan-content';
import type { PlanContext } from '../plan-sources';

/** Chapter: not yet written. */
export function buildInvestmentsChapter(_context: PlanContext): PlanChapter {
  return { key: 'investments', statements: [], figures: [], tables: [] };
}
