import { describe, expect, it } from 'vitest';
import { listNames, planChapterSchema } from '../plan-content';
import { EMPTY_PLAN_FACTS } from '../plan-facts';
import { makeEmptyPlanSources } from '../test-sources';
import { formatPlanText } from '../texts';
import { buildAiChapter } from './ai';
import { findRenderingFaults, makeContext, makeInsightSources } from './test-insight';

const statement = (chapter: ReturnType<typeof buildAiChapter>, key: string) =>
  chapter.statements.find((s) => s.key === key);

describe('buildAiChapter', () => {
  const chapter = buildAiChapter(makeContext(makeInsightSources()));

  it('states the city’s AI and test FTE now and in the first round', () => {
    const s = statement(chapter, 'ai.competenceMovement')!;
    expect(formatPlanText('sv', s.key, s.values)).toBe(
      'Staden har 4 årsarbetare inom AI och data (2,5 i 2025-T3) och 1,5 inom test (1,5 i 2025-T3), enligt 2026-T1.',
    );
    expect(chapter.figures.find((f) => f.key === 'ai.figure.aiFte')?.value).toBe(4);
  });

  it('charts FTE and mean level per round as a line', () => {
    const table = chapter.tables.find((t) => t.key === 'ai.table.competence')!;
    expect(table.chart).toBe('line');
    expect(table.columns.map((c) => c.key)).toEqual([
      'round',
      'aiFte',
      'aiLevel',
      'testFte',
      'testLevel',
    ]);
    expect(table.rows).toEqual([
      ['2025-T3', 2.5, 2.5, 1.5, 2.5],
      ['2026-T1', 4, 3, 1.5, 2.5],
    ]);
  });

  it('names the units lacking each competence, and the rule', () => {
    expect(statement(chapter, 'ai.missing.test')?.values).toEqual({
      count: 3,
      total: 4,
      units: listNames(['Serviceförvaltningen', 'Fritidsförvaltningen', 'Miljöförvaltningen']),
    });
    expect(statement(chapter, 'ai.missing.ai-och-data')?.values.units).toEqual(
      listNames(['Fritidsförvaltningen', 'Miljöförvaltningen']),
    );
    expect(statement(chapter, 'ai.missingRule')?.values).toEqual({ level: 2 });
  });

  it('gives the direction: median now against the targets, per target year', () => {
    expect(statement(chapter, 'ai.direction')?.values).toMatchObject({
      area: 'AI och data',
      now: 2,
      target: 3.5,
      atMostTwo: 7,
      n: 8,
      without: 4,
    });
    expect(chapter.tables.find((t) => t.key === 'ai.table.direction')?.rows).toEqual([
      ['AI och data', 2027, 3, 3],
      ['AI och data', 2028, 1, 4],
    ]);
  });

  it('states the reach rule in words and the use cases within reach under it', () => {
    const rule = statement(chapter, 'ai.reachRule')!;
    expect(formatPlanText('sv', rule.key, rule.values)).toBe(
      'Regel för inom räckhåll: varje sida av beredskapen minst 2, medelberedskapen minst 3 och insatsen högst 4.',
    );
    expect(statement(chapter, 'ai.reach')?.values).toEqual({ within: 1, total: 3 });
    expect(statement(chapter, 'ai.reachList')?.values.titles).toEqual(
      listNames(['Chattbot för medborgarfrågor']),
    );
    expect(statement(chapter, 'ai.weakest.testing')?.values).toEqual({ mean: 2 });
    const table = chapter.tables.find((t) => t.key === 'ai.table.useCases')!;
    expect(table.rows[0]).toEqual([
      'Chattbot för medborgarfrågor',
      'Stadskontoret',
      'pilot',
      4,
      3.4,
      3,
    ]);
  });

  it('says which investment needs each use case still waits for, leaving out completed ones', () => {
    const waiting = chapter.statements.filter((s) => s.key === 'ai.waiting');
    expect(waiting.map((s) => s.values)).toEqual([
      { title: 'Sortering av ärenden', count: 1, needs: listNames(['AI-plattform']) },
      {
        title: 'Prognos för bokningar',
        count: 2,
        needs: listNames(['AI-plattform', 'Testlabb för AI']),
      },
    ]);
    expect(formatPlanText('sv', waiting[0]!.key, waiting[0]!.values)).toBe(
      'Sortering av ärenden väntar på investeringsbehovet AI-plattform.',
    );
  });

  it('totals the AI and test investment needs in mnkr and lists them in tkr', () => {
    expect(statement(chapter, 'ai.needs')?.values).toEqual({
      count: 2,
      oneOff: 3.9,
      operating: 0.7,
    });
    expect(chapter.tables.find((t) => t.key === 'ai.table.needs')?.rows).toEqual([
      ['AI-plattform', 'accepted', 2027, 3500, 700, 2],
      ['Testlabb för AI', 'proposed', 2026, 400, 0, 1],
    ]);
  });

  it('renders every text in Swedish and English without gaps, within the stored schema', () => {
    expect(findRenderingFaults(chapter)).toEqual([]);
    expect(planChapterSchema.parse(chapter)).toEqual(chapter);
  });

  it('says honestly that nothing is reported when there is no data', () => {
    const empty = buildAiChapter(makeContext(makeEmptyPlanSources(), EMPTY_PLAN_FACTS));
    expect(empty.statements.map((s) => s.key)).toEqual([
      'ai.competenceNone',
      'ai.directionNone',
      'ai.reachRule',
      'ai.reachNone',
      'ai.needsNone',
    ]);
    expect(empty.tables).toEqual([]);
    expect(empty.figures.find((f) => f.key === 'ai.figure.aiFte')?.value).toBeNull();
    expect(findRenderingFaults(empty)).toEqual([]);
  });
});
