import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN_FACTS } from '../plan-facts';
import type { PlanChapter } from '../plan-content';
import { makeEmptyPlanSources, makePlanSources } from '../test-sources';
import { formatPlanText } from '../texts';
import { buildStatusChapter } from './status';

const build = (sources = makePlanSources()) =>
  buildStatusChapter({ sources, facts: EMPTY_PLAN_FACTS, coverage: [], previous: null });
const sentences = (chapter: PlanChapter) =>
  chapter.statements.map((s) => formatPlanText('sv', s.key, s.values));
const table = (chapter: PlanChapter, key: string) => chapter.tables.find((t) => t.key === key)!;

describe('buildStatusChapter', () => {
  const chapter = build();
  const text = sentences(chapter);

  it('states the round, the movement and names the weakest area', () => {
    expect(text).toContain(
      'I bedömningsomgång 2026-T1 har 4 av 4 förvaltningar bedömts i 3 områden.',
    );
    expect(text).toContain(
      'Sedan 2025-T3 har mediannivån stigit i 3 av 3 områden. Inget område har sjunkit.',
    );
    expect(text).toContain('Svagast är AI och data med mediannivån 1,75.');
    expect(text).toContain('Starkast är Digital säkerhet med mediannivån 3,25.');
  });

  it('names the units furthest below and above the city, and the validation gaps', () => {
    expect(text).toContain(
      'Längst under stadens median ligger Fritidsförvaltningen, i snitt 0,9 steg under. Längst över ligger Stadskontoret, i snitt 0,6 steg över.',
    );
    expect(text).toContain(
      'Fritidsförvaltningen skattar sig i snitt 1 steg över ITD:s validering (2 av 2 förmågor skiljer sig).',
    );
    expect(text).toContain(
      '1 förvaltning har inga förmågor validerade av ITD: Miljöförvaltningen.',
    );
  });

  it("ranks ITD's valued strengths and weaknesses by weight", () => {
    expect(text).toContain(
      'Tyngst svaghet (3 av 3): AI och data – Data saknar ägare och kvalitetskrav.',
    );
    expect(table(chapter, 'status.table.notes').rows.map((r) => [r[0], r[2]])).toEqual([
      ['weakness', 3],
      ['weakness', 1],
      ['strength', 3],
    ]);
  });

  it('gives each area its spread and movement, and the trend over rounds as a line chart', () => {
    expect(table(chapter, 'status.table.areas').rows).toEqual([
      ['Styrning och ledning', 2, 2.75, 3.5, 0.5, 4],
      ['Digital säkerhet', 2, 3.25, 3.5, 0.25, 4],
      ['AI och data', 1, 1.75, 2.5, 0.5, 4],
    ]);
    const trend = table(chapter, 'status.table.trend');
    expect(trend.chart).toBe('line');
    expect(trend.rows).toEqual([
      ['2025-T2', 1, 2, 2.5],
      ['2025-T3', 1.25, 2.25, 3],
      ['2026-T1', 1.75, 2.75, 3.25],
    ]);
  });

  it('lists the unit furthest below the median first', () => {
    expect(table(chapter, 'status.table.units').rows[0]![0]).toBe('Fritidsförvaltningen');
  });

  it('says plainly that there is no data yet for a new city, with no NaN anywhere', () => {
    const empty = build(makeEmptyPlanSources());
    expect(sentences(empty)).toEqual([
      'Inga uppgifter ännu: ingen bedömningsomgång är stängd, så läget per område går inte att beskriva.',
      'ITD har ännu inte värderat stadens starka och svaga sidor.',
    ]);
    expect(JSON.stringify(empty)).not.toMatch(/NaN|null,null/);
  });
});
