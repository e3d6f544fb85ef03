import {
  NARRATIVE_MAX,
  summariseCoverage,
  type CoverageResult,
  type PlanEditionSummary,
  type PlanTable,
} from '@lagesbild/domain';
import { describe, expect, it } from 'vitest';
import {
  buildTableChart,
  checkNarrative,
  findNextDraftYear,
  groupCoverage,
  sortEditions,
  toPlanLocale,
} from './plan-helpers';

const edition = (year: number): PlanEditionSummary => ({
  year,
  status: 'published',
  version: 1,
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'ITD',
  publishedAt: '2026-01-01T00:00:00Z',
  publishedBy: 'ITD',
  basisRound: '2025-K4',
});

describe('editions', () => {
  it('lists the newest edition first', () => {
    expect(sortEditions([edition(2025), edition(2027), edition(2026)]).map((e) => e.year)).toEqual([
      2027, 2026, 2025,
    ]);
  });

  it('offers a draft for the year after the newest edition, or next year when there is none', () => {
    const today = '2026-11-27';
    expect(findNextDraftYear([edition(2026), edition(2027)], today)).toBe(2028);
    expect(findNextDraftYear([], today)).toBe(2027);
  });
});

describe('the reader language', () => {
  it('writes the plan in English only for English readers', () => {
    expect(toPlanLocale('en')).toBe('en');
    expect(toPlanLocale('en-GB')).toBe('en');
    expect(toPlanLocale('sv')).toBe('sv');
    expect(toPlanLocale(undefined)).toBe('sv');
  });
});

describe('a table as a chart', () => {
  const table: PlanTable = {
    key: 'areas',
    columns: [
      { key: 'area', unit: 'text' },
      { key: 'median', unit: 'level' },
      { key: 'status', unit: 'label' },
      { key: 'target', unit: 'level' },
    ],
    rows: [
      ['Infrastruktur', 2.5, 'rising', 3],
      ['AI', null, 'new', 3],
    ],
    chart: 'bar',
  };

  it('takes the first column as the x axis and every numeric column as a series', () => {
    const chart = buildTableChart(table);
    expect(chart?.series.map((s) => s.key)).toEqual(['median', 'target']);
    expect(chart?.rows).toEqual([
      { x: 'Infrastruktur', median: 2.5, target: 3 },
      { x: 'AI', median: null, target: 3 },
    ]);
  });

  it('draws nothing when there is no number to draw', () => {
    expect(buildTableChart({ ...table, rows: [] })).toBeNull();
    expect(
      buildTableChart({ ...table, columns: table.columns.slice(0, 1), rows: [['AI']] }),
    ).toBeNull();
  });
});

describe('coverage grouped by question', () => {
  const result = (
    id: CoverageResult['id'],
    questionId: CoverageResult['questionId'],
    status: CoverageResult['status'],
  ): CoverageResult => ({
    id,
    questionId,
    status,
    rule: { key: 'rule', checks: [] },
    missing: [],
  });

  it("puts each sub-question under its question in the reservation's order, with its wording", () => {
    const results = [
      result('q1-movement', 'q1', 'answered'),
      result('q1-status', 'q1', 'partly'),
      result('q5-critical-factors', 'q5', 'unanswered'),
    ];
    const groups = groupCoverage(results, summariseCoverage(results), 'sv');
    const q1 = groups.find((g) => g.questionId === 'q1')!;
    expect(q1.status).toBe('partly');
    expect(q1.items.map((i) => i.result.id)).toEqual(['q1-status', 'q1-movement']);
    expect(q1.items[0]!.text).toMatch(/^En ordentlig statusbeskrivning/);
    expect(groups.find((g) => g.questionId === 'q5')!.status).toBe('unanswered');
    expect(groupCoverage(results, summariseCoverage(results), 'en')[0]!.items[0]!.text).toMatch(
      /^A proper status description/,
    );
  });
});

describe('the narrative limit', () => {
  it('refuses a comment over the limit before it is sent', () => {
    expect(checkNarrative('x'.repeat(NARRATIVE_MAX))).toBeNull();
    expect(checkNarrative('x'.repeat(NARRATIVE_MAX + 1))).toBe('tooLong');
  });
});
