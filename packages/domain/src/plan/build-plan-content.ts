import { withBasis } from './chapter-basis';
import { assessCoverage, summariseCoverage } from './coverage';
import { extractComparables } from './compare-editions';
import { buildAiChapter } from './chapters/ai';
import { buildBenefitsChapter } from './chapters/benefits';
import { buildCapacityChapter } from './chapters/capacity';
import { buildComparisonChapter } from './chapters/comparison';
import { buildConclusionsChapter } from './chapters/conclusions';
import { buildFactorsChapter } from './chapters/factors';
import { buildInvestmentsChapter } from './chapters/investments';
import { buildStatusChapter } from './chapters/status';
import type { PlanContent } from './plan-content';
import type { PlanFacts } from './plan-facts';
import type { PlanContext, PlanSources, PreviousEdition } from './plan-sources';

/**
 * The whole edition from the data: coverage of the reservation's questions, the eight chapters in order and
 * what the next edition will compare itself with. Pure: the same sources give the same content.
 */
export function buildPlanContent(input: {
  sources: PlanSources;
  facts: PlanFacts;
  previous: PreviousEdition | null;
  generatedAt: string;
}): PlanContent {
  const { sources, facts, previous, generatedAt } = input;
  const coverage = assessCoverage(facts);
  const context: PlanContext = { sources, facts, coverage, previous };
  return {
    year: sources.year,
    organisationName: sources.organisationName,
    generatedAt,
    roundCode: sources.basis?.roundCode ?? null,
    basisClosedOn: sources.basis?.closedOn ?? null,
    previousYear: previous?.year ?? null,
    facts,
    coverage,
    coverageSummary: summariseCoverage(coverage),
    chapters: [
      buildComparisonChapter(context),
      buildStatusChapter(context),
      buildCapacityChapter(context),
      buildInvestmentsChapter(context),
      buildAiChapter(context),
      buildBenefitsChapter(context),
      buildFactorsChapter(context),
      buildConclusionsChapter(context),
    ].map((chapter) => withBasis(chapter, sources)),
    comparables: extractComparables(sources),
  };
}
