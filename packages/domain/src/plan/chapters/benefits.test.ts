import { describe, expect, it } from 'vitest';
import { listNames, planChapterSchema } from '../plan-content';
import { EMPTY_PLAN_FACTS } from '../plan-facts';
import { makeEmptyPlanSources } from '../test-sources';
import { formatPlanText } from '../texts';
import { buildBenefitsChapter } from './benefits';
import { findRenderingFaults, makeContext, makeInsightSources } from './test-insight';

describe('buildBenefitsChapter', () => {
  const chapter = buildBenefitsChapter(makeContext(makeInsightSources()));
  const statement = (key: string) => chapter.statements.find((s) => s.key === key);
  const table = (key: string) => chapter.tables.find((t) => t.key === key);

  it('sets planned against realised benefits for the city, with the counts behind the mean', () => {
    const s = statement('benefits.summary')!;
    expect(s.values).toEqual({ benefits: 4, realised: 1, partly: 2, measured: 3, mean: 53 });
    expect(formatPlanText('sv', s.key, s.values)).toBe(
      'Av 4 planerade nyttor har 1 nått sitt mål och 2 en del av vägen; de 3 som har mätts är i genomsnitt realiserade till 53 %.',
    );
    expect(chapter.figures.find((f) => f.key === 'benefits.figure.meanRate')?.value).toBe(53);
  });

  it('charts realisation per board as bars and names the boards at either end', () => {
    expect(table('benefits.table.byBoard')).toMatchObject({
      chart: 'bar',
      rows: [
        ['Fritidsnämnden', null],
        ['Kommunstyrelsen', 100],
        ['Miljönämnden', 10],
        ['Servicenämnden', 50],
      ],
    });
    expect(table('benefits.table.boardCounts')?.rows).toContainEqual([
      'Servicenämnden',
      1,
      1,
      0,
      1,
      1,
    ]);
    expect(statement('benefits.boardSpread')?.values).toEqual({
      high: 'Kommunstyrelsen',
      highRate: 100,
      low: 'Miljönämnden',
      lowRate: 10,
    });
    expect(statement('benefits.boardsUnmeasured')?.values.boards).toEqual(
      listNames(['Fritidsnämnden']),
    );
  });

  it('names the unit behind each overdue follow-up', () => {
    const items = chapter.statements.filter((s) => s.key === 'benefits.overdueItem');
    // The register lists overdue follow-ups by the date they were due, earliest first.
    expect(items[0]?.values.unit).toBe('Miljöförvaltningen');
    expect(formatPlanText('sv', items[1]!.key, items[1]!.values)).toBe(
      'Serviceförvaltningen (Servicenämnden) ska mäta ”Färre inloggningsproblem”; uppföljningen skulle ha gjorts 2026-01-01.',
    );
    expect(statement('benefits.overdue')?.values).toEqual({ count: 2, date: '2026-05-15' });
  });

  it('counts realised benefits per target year, and up to the plan year', () => {
    expect(table('benefits.table.byYear')?.rows).toEqual([
      [2025, 1, 1, 0],
      [2026, 2, 2, 1],
      [2027, 1, 0, 0],
    ]);
    const s = statement('benefits.byYear')!;
    expect(formatPlanText('sv', s.key, s.values)).toBe(
      'Till och med 2026 skulle 3 nyttor vara hemtagna; hittills har 1 av dem nått sitt mål.',
    );
  });

  it('lists what servicenämnden and kommunstyrelsen can do: open actions, due first', () => {
    expect(table('benefits.table.servicenamnden')?.rows).toEqual([
      [
        'Avsätt tid för nyttouppföljning i förvaltningsplanerna',
        'Snabbare miljötillstånd',
        '2026-06-30',
      ],
      ['Inför en gemensam mätrutin för nyttor', 'Färre inloggningsproblem', '2026-09-30'],
    ]);
    // The done action of KS is not something it can still do.
    expect(table('benefits.table.kommunstyrelsen')?.rows).toEqual([
      ['Kräv nyttokalkyl i alla investeringsbeslut', 'Kortare handläggningstid', '2026-10-31'],
    ]);
    const ks = statement('benefits.actions.kommunstyrelsen')!;
    expect(formatPlanText('sv', ks.key, ks.values)).toBe(
      'Vad kan kommunstyrelsen göra? En åtgärd väntar och ska vara klar senast 2026-10-31.',
    );
    expect(formatPlanText('sv', 'benefits.table.servicenamnden')).toBe(
      'Vad kan servicenämnden göra?',
    );
  });

  it('renders every text in Swedish and English without gaps, within the stored schema', () => {
    expect(findRenderingFaults(chapter)).toEqual([]);
    expect(planChapterSchema.parse(chapter)).toEqual(chapter);
  });

  it('says honestly that there is nothing to follow up when no benefit is registered', () => {
    const empty = buildBenefitsChapter(makeContext(makeEmptyPlanSources(), EMPTY_PLAN_FACTS));
    expect(empty.statements.map((s) => s.key)).toEqual([
      'benefits.none',
      'benefits.actionsNone.servicenamnden',
      'benefits.actionsNone.kommunstyrelsen',
    ]);
    expect(empty.tables).toEqual([]);
    expect(empty.figures.find((f) => f.key === 'benefits.figure.meanRate')?.value).toBeNull();
    expect(findRenderingFaults(empty)).toEqual([]);
  });
});
