import type { PlanChapter } from '../plan-content';
import type { PlanContext } from '../plan-sources';

/** Chapter: not yet written. */
export function buildBenefitsChapter(_context: PlanContext): PlanChapter {
  return { key: 'benefits', statements: [], figures: [], tables: [] };
}
