import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN_FACTS } from '../plan-facts';
import type { PlanChapter } from '../plan-content';
import { makeEmptyPlanSources, makePlanSources } from '../test-sources';
import { formatPlanText } from '../texts';
import { buildCapacityChapter } from './capacity';

const build = (sources = makePlanSources()) =>
  buildCapacityChapter({ sources, facts: EMPTY_PLAN_FACTS, coverage: [], previous: null });
const sentences = (chapter: PlanChapter) =>
  chapter.statements.map((s) => formatPlanText('sv', s.key, s.values));

describe('buildCapacityChapter', () => {
  const chapter = build();
  const text = sentences(chapter);

  it('names the shortfall by competence area in FTE and year', () => {
    expect(text).toContain('Underskott finns i 1 kompetensområde under 2026–2028.');
    expect(text).toContain(
      'Inom säkerhet saknas 1,5 årsarbetare år 2026: tillgången är 3 och efterfrågan 4,5.',
    );
    expect(chapter.figures).toContainEqual({
      key: 'capacity.figure.largestShortfall',
      value: 1.5,
      unit: 'fte',
    });
  });

  it('states the planning capacity', () => {
    expect(text).toContain(
      'Förvaltningarna och ITD kan tillsammans lägga 6 årsarbetare på planering och utveckling.',
    );
  });

  it('names the capabilities below the base requirements and the units below them', () => {
    expect(text).toContain('2 förmågor ligger under förvaltningarnas baskrav.');
    expect(text).toContain(
      'Datahantering för AI: 2 förvaltningar under baskravet (Fritidsförvaltningen och Miljöförvaltningen), sammanlagt saknas 3 nivåsteg.',
    );
    expect(text).toContain(
      '1 förvaltning saknar bedömd nivå för att jämföra med sina baskrav: Miljöförvaltningen.',
    );
  });

  it('draws supply against demand per year as bars, year first', () => {
    const years = chapter.tables.find((t) => t.key === 'capacity.table.years')!;
    expect(years.chart).toBe('bar');
    expect(years.rows).toEqual([
      [2026, 10, 9, 1.5],
      [2027, 10, 5.5, 0],
      [2028, 10, 5.5, 0],
    ]);
  });

  it('says there is no data yet and leaves the figures empty rather than zero', () => {
    const empty = build(makeEmptyPlanSources());
    expect(sentences(empty)[0]).toBe(
      'Inga uppgifter ännu: ingen av de 4 förvaltningarna har rapporterat kapacitet i en stängd omgång.',
    );
    expect(empty.figures.map((f) => f.value)).toEqual([null, null, null]);
    expect(empty.tables).toEqual([]);
  });
});
