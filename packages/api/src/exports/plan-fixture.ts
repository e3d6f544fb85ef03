import {
  assessCoverage,
  EMPTY_PLAN_FACTS,
  PLAN_CHAPTER_KEYS,
  planEditionSchema,
  planFactsSchema,
  summariseCoverage,
  type PlanChapter,
  type PlanEdition,
} from '@lagesbild/domain';

/**
 * A small city half-way there: two closed rounds, most units reporting, needs without operating costs and no
 * benefit measured yet, so the coverage table holds every status.
 */
const FACTS = planFactsSchema.parse({
  ...EMPTY_PLAN_FACTS,
  closedRounds: 2,
  unitsTotal: 10,
  unitsReportedLatestRound: 9,
  unitsValidatedLatestRound: 9,
  strengthsNoted: 3,
  weaknessesNoted: 2,
  capacityReportsLatest: 10,
  unitsWithBaseRequirements: 10,
  needsTotal: 6,
  needsWithCosts: 6,
  needsDecided: 4,
  needsDecidedWithTimeline: 4,
  scenarios: 2,
  budgetFrameYears: 3,
  factorsTotal: 5,
  factorsWithTrend: 5,
  itdAssessedLatestRound: true,
  itdCapacityReported: true,
});

const COVERAGE = assessCoverage(FACTS);

/** The status chapter written out, keys whole; the capacity chapter's table keyed by its short name. */
const CHAPTERS: Partial<Record<PlanChapter['key'], Omit<PlanChapter, 'key'>>> = {
  status: {
    statements: [
      { key: 'status.summary', values: { median: 2.4, weakest: 'IT-juridik', round: '2026-K3' } },
    ],
    figures: [
      { key: 'status.figure.median', value: 2.4, unit: 'level' },
      { key: 'status.figure.validated', value: 90, unit: 'percent' },
    ],
    tables: [
      {
        key: 'status.table.trend',
        columns: [
          { key: 'round', unit: 'text' },
          { key: 'median', unit: 'level' },
        ],
        rows: [
          ['2026-K2', 2.2],
          ['2026-K3', 2.4],
        ],
        chart: 'line',
      },
    ],
  },
  capacity: {
    statements: [],
    figures: [{ key: 'capacity.figure.largestShortfall', value: 3.5, unit: 'fte' }],
    tables: [
      {
        key: 'capacity.table.balance',
        columns: [
          { key: 'area', unit: 'text' },
          { key: 'year', unit: 'year' },
          { key: 'cost', unit: 'tkr' },
        ],
        rows: [
          ['Test', 2027, 1250],
          ['IT-juridik', 2027, null],
        ],
        chart: null,
      },
    ],
  },
};

/** An edition of the fixture: a draft, or published by Ulla (ITD) with ITD's comment on chapter 2. */
export function makePlanEdition(status: 'draft' | 'published' = 'draft'): PlanEdition {
  const published = status === 'published';
  return planEditionSchema.parse({
    year: 2027,
    status,
    version: published ? 3 : 2,
    updatedAt: '2026-11-20T09:00:00.000Z',
    updatedBy: 'Ulla Utvecklare (ITD)',
    publishedAt: published ? '2026-11-25T14:30:00.000Z' : null,
    publishedBy: published ? 'Ulla Utvecklare (ITD)' : null,
    basisRound: published ? '2026-K3' : null,
    narratives: {
      status:
        'Spridningen mellan förvaltningarna är fortsatt stor.\n\nITD prioriterar IT-juridik under 2027.',
    },
    content: {
      year: 2027,
      organisationName: 'Malmö stad',
      generatedAt: '2026-11-20T08:00:00.000Z',
      roundCode: '2026-K3',
      basisClosedOn: '2026-09-30',
      previousYear: 2026,
      facts: FACTS,
      coverage: COVERAGE,
      coverageSummary: summariseCoverage(COVERAGE),
      chapters: PLAN_CHAPTER_KEYS.map((key) => ({
        key,
        ...(CHAPTERS[key] ?? { statements: [], figures: [], tables: [] }),
      })),
      comparables: { roundCode: '2026-K3', areas: [], needs: [], benefits: [], factors: [] },
    },
  });
}
