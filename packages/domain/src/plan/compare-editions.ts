import type { PlanComparables } from './plan-content';
import type { PlanSources } from './plan-sources';

/** What a later edition compares itself with. Not yet written. */
export function extractComparables(sources: PlanSources): PlanComparables {
  return { roundCode: sources.overview?.round ?? null, areas: [], needs: [], benefits: [], factors: [] };
}
