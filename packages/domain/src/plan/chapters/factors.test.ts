import { describe, expect, it } from 'vitest';
import { planChapterSchema } from '../plan-content';
import { EMPTY_PLAN_FACTS } from '../plan-facts';
import { makeEmptyPlanSources } from '../test-sources';
import { formatPlanText } from '../texts';
import { buildFactorsChapter } from './factors';
import { findRenderingFaults, makeContext, makeInsightSources } from './test-insight';

describe('buildFactorsChapter', () => {
  const chapter = buildFactorsChapter(makeContext(makeInsightSources()));
  const statements = (key: string) => chapter.statements.filter((s) => s.key === key);
  const table = (key: string) => chapter.tables.find((t) => t.key === key);

  it('counts the open factors by band and leaves the closed one out', () => {
    expect(statements('factors.summary')[0]?.values).toEqual({
      total: 6,
      critical: 1,
      high: 1,
      medium: 4,
      low: 0,
    });
    expect(statements('factors.closed')[0]?.values).toEqual({ count: 1 });
  });

  it('lists the five largest with their change since the round before', () => {
    expect(table('factors.table.top')?.rows).toEqual([
      ['Brist på AI-kompetens', 'risk', 20, 4, 'IT-direktören', 'open'],
      ['Otillräcklig budgetram', 'risk', 16, 4, 'Ekonomidirektören', 'mitigating'],
      ['Brister i dataskyddet', 'risk', 9, 0, 'Dataskyddsombudet', 'open'],
      ['Leverantörsberoende', 'risk', 9, null, 'Inköpschefen', 'open'],
      ['Försenad upphandling', 'risk', 6, 2, 'Inköpschefen', 'open'],
    ]);
    const first = statements('factors.topUp')[0]!;
    expect(formatPlanText('sv', first.key, first.values)).toBe(
      'Nr 1: Brist på AI-kompetens, 20 poäng (upp 4 sedan 2025-T3), ägare IT-direktören.',
    );
    expect(statements('factors.topNew')[0]?.values.title).toBe('Leverantörsberoende');
  });

  it('charts the top five over the rounds as lines, gaps where a factor was not scored', () => {
    expect(table('factors.table.trend')).toMatchObject({
      chart: 'line',
      rows: [
        ['2025-T2', 12, null, null, null, null],
        ['2025-T3', 16, 12, 9, null, 4],
        ['2026-T1', 20, 16, 9, 9, 6],
      ],
    });
    expect(table('factors.table.trend')?.columns).toHaveLength(6);
    expect(statements('factors.trendSeries')[0]?.values).toMatchObject({
      rank: 1,
      title: 'Brist på AI-kompetens',
      from: 12,
      to: 20,
    });
  });

  it('names the factors that rose', () => {
    expect(statements('factors.risen')[0]?.values).toEqual({ count: 3 });
    expect(statements('factors.risenItem').map((s) => s.values)).toEqual([
      { title: 'Brist på AI-kompetens', from: 16, to: 20 },
      { title: 'Otillräcklig budgetram', from: 12, to: 16 },
      { title: 'Försenad upphandling', from: 4, to: 6 },
    ]);
  });

  it('gives the mitigation of each top factor, and says when none is described', () => {
    expect(statements('factors.mitigation')[0]?.values).toEqual({
      title: 'Brist på AI-kompetens',
      mitigation: 'Rekrytera två AI-specialister och starta internutbildning.',
    });
    expect(statements('factors.mitigationMissing').map((s) => s.values.title)).toEqual([
      'Otillräcklig budgetram',
    ]);
  });

  it('renders every text in Swedish and English without gaps, within the stored schema', () => {
    expect(findRenderingFaults(chapter)).toEqual([]);
    expect(planChapterSchema.parse(chapter)).toEqual(chapter);
  });

  it('says honestly that no factor is registered when there is none', () => {
    const empty = buildFactorsChapter(makeContext(makeEmptyPlanSources(), EMPTY_PLAN_FACTS));
    expect(empty.statements.map((s) => s.key)).toEqual(['factors.none']);
    expect(empty.tables).toEqual([]);
    expect(findRenderingFaults(empty)).toEqual([]);
  });
});

describe('a long mitigation', () => {
  it('is kept whole, and the chapter stays valid', () => {
    const sources = makeInsightSources();
    const factors = sources.factors.factors.map((f) => ({
      ...f,
      mitigation: 'Åtgärd. '.repeat(500),
    }));
    const chapter = buildFactorsChapter(
      makeContext({ ...sources, factors: { ...sources.factors, factors } }),
    );
    const text = chapter.statements.find((s) => s.key === 'factors.mitigation')!.values.mitigation;
    expect(text).toBe('Åtgärd. '.repeat(500).trim());
    expect(planChapterSchema.safeParse(chapter).success).toBe(true);
  });
});
