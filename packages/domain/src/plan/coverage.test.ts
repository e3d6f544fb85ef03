import { describe, expect, it } from 'vitest';
import {
  assessCoverage,
  COVERAGE_QUESTIONS,
  EMPTY_PLAN_FACTS,
  planFactsSchema,
  summariseCoverage,
  type PlanFacts,
} from './coverage';
import { findResult, FULL_PLAN_FACTS, makeFacts } from './test-facts';

const full = (changes: Partial<PlanFacts>) => makeFacts(changes, FULL_PLAN_FACTS);

describe('the rule shown with each result', () => {
  it('gives the threshold and the current share, rounded down', () => {
    const result = findResult(full({ capacityReportsLatest: 7 }), 'q2-planning-capacity');
    expect(result.rule).toEqual({
      key: 'capacityAgainstScenario',
      checks: [
        { metric: 'shareOfUnitsWithCapacityReport', min: 0.8, value: 0.7 },
        { metric: 'scenarios', min: 1, value: 2 },
      ],
    });
  });

  it('does not show a share as reached when it falls just short', () => {
    const result = findResult(
      makeFacts(
        { unitsTotal: 1000, unitsReportedLatestRound: 799, unitsValidatedLatestRound: 799 },
        FULL_PLAN_FACTS,
      ),
      'q1-status',
    );
    expect(result.status).toBe('partly');
    expect(result.rule.checks[0]).toEqual({
      metric: 'shareOfUnitsReported',
      min: 0.8,
      value: 0.79,
    });
  });

  it('reports 29 of 100 as 0.29', () => {
    const result = findResult(
      full({ unitsTotal: 100, testCompetenceReports: 29 }),
      'q3-test-competence',
    );
    expect(result.rule.checks[0]?.value).toBe(0.29);
  });
});

describe('assessCoverage, whole', () => {
  it('lists every sub-question once, in the reservation order', () => {
    expect(assessCoverage(FULL_PLAN_FACTS).map((r) => r.id)).toEqual(
      COVERAGE_QUESTIONS.map((q) => q.id),
    );
  });

  it('with no data, leaves everything unanswered and says who must supply what', () => {
    const results = assessCoverage(EMPTY_PLAN_FACTS);
    for (const r of results) {
      expect(r.status, r.id).toBe('unanswered');
      expect(r.missing.length, r.id).toBeGreaterThan(0);
    }
    const who = new Set(results.flatMap((r) => r.missing.map((m) => m.who)));
    expect(who).toEqual(new Set(['itd', 'units', 'ks', 'servicenamnden']));
  });

  it('with full data, answers everything with nothing missing', () => {
    for (const r of assessCoverage(FULL_PLAN_FACTS)) {
      expect(r.status, r.id).toBe('answered');
      expect(r.missing, r.id).toEqual([]);
    }
  });
});

describe('summariseCoverage', () => {
  it('counts everything answered with full data', () => {
    const summary = summariseCoverage(assessCoverage(FULL_PLAN_FACTS));
    expect(summary.counts).toEqual({ answered: 20, partly: 0, unanswered: 0 });
    expect(summary.questions.every((q) => q.status === 'answered')).toBe(true);
  });

  it('makes a question partly answered when its sub-questions are mixed, and unanswered only when all are', () => {
    const summary = summariseCoverage(
      assessCoverage(
        full({ actionsKommunstyrelsen: 0, factorsTotal: 0, factorsWithTrend: 0, closedRounds: 1 }),
      ),
    );
    const status = Object.fromEntries(summary.questions.map((q) => [q.questionId, q.status]));
    expect(status).toEqual({
      q1: 'partly',
      q2: 'answered',
      q3: 'answered',
      q4: 'partly',
      q5: 'unanswered',
      plan: 'partly',
    });
    expect(summary.questions.find((q) => q.questionId === 'q4')?.counts).toEqual({
      answered: 2,
      partly: 0,
      unanswered: 1,
    });
    expect(summary.counts).toEqual({ answered: 16, partly: 2, unanswered: 2 });
  });

  it('makes a question partly answered when every sub-question is partly answered', () => {
    const summary = summariseCoverage(assessCoverage(full({ factorsWithTrend: 0 })));
    expect(summary.questions.find((q) => q.questionId === 'q5')?.status).toBe('partly');
  });
});

describe('planFactsSchema', () => {
  it('rejects a part larger than its whole', () => {
    expect(
      planFactsSchema.safeParse({ ...FULL_PLAN_FACTS, unitsReportedLatestRound: 11 }).success,
    ).toBe(false);
  });

  it('rejects unknown fields', () => {
    expect(planFactsSchema.safeParse({ ...FULL_PLAN_FACTS, extra: 1 }).success).toBe(false);
  });
});
