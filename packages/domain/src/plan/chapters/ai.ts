import type { PlanChapter } from '../plan-content';
import type { PlanContext } from '../plan-sources';

/** Chapter: not yet written. */
export function buildAiChapter(_context: PlanContext): PlanChapter {
  return { key: 'ai', statements: [], figures: [], tables: [] };
}
