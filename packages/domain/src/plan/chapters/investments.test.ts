import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN_FACTS } from '../plan-facts';
import type { PlanChapter } from '../plan-content';
import { makeEmptyPlanSources, makePlanSources } from '../test-sources';
import { formatPlanText } from '../texts';
import { buildInvestmentsChapter } from './investments';

const build = (sources = makePlanSources()) =>
  buildInvestmentsChapter({ sources, facts: EMPTY_PLAN_FACTS, coverage: [], previous: null });
const sentences = (chapter: PlanChapter) =>
  chapter.statements.map((s) => formatPlanText('sv', s.key, s.values));
const table = (chapter: PlanChapter, key: string) => chapter.tables.find((t) => t.key === key)!;

describe('buildInvestmentsChapter', () => {
  const chapter = build();
  const text = sentences(chapter);

  it('counts the needs by status and gives their cost in mnkr', () => {
    expect(text).toContain(
      'Registret har 5 investeringsbehov. Föreslagna: 1, beslutade eller pågående: 3, klara: 1, avslagna: 0.',
    );
    expect(text).toContain(
      'De 4 behov som inte är klara eller avslagna kostar sammanlagt 6,5 mnkr i engångskostnad och ger 1,1 mnkr per år i driftkonsekvenser när de är klara.',
    );
    expect(text).toContain(
      '2 behov har högsta prioritet: Gemensamt e-arkiv och Ny behörighetsstyrning.',
    );
  });

  it('sets Bas and Offensiv side by side: cost, payback, frame and staffing', () => {
    expect(text).toContain(
      'Bas 2026–2028: investeringar 2,6 mnkr, drift 0,5 mnkr, nytta 4,9 mnkr, netto 1,8 mnkr.',
    );
    expect(text).toContain('Bas har betalat sig år 2028.');
    expect(text).toContain('Offensiv har inte betalat sig till och med 2028.');
    expect(text).toContain('Offensiv går över budgetramen år 2027.');
    expect(text).toContain('Offensiv kräver fler årsarbetare än som finns åren 2026, 2027.');
    expect(table(chapter, 'investments.table.scenarios').rows).toEqual([
      ['Bas', 2600, 500, 4900, 1800, 2028, 0],
      ['Offensiv', 6100, 500, 4900, -1700, null, 1],
    ]);
  });

  it('says what each scenario leaves out and why', () => {
    expect(text).toContainEqual(
      expect.stringMatching(
        /^Bas lämnar \d+ behov utanför, med (sammanlagt )?[\d,]+ mnkr i investeringar/,
      ),
    );
    const tradeOffs = table(chapter, 'investments.table.tradeOffs').rows;
    expect(tradeOffs).toContainEqual([
      'Bas',
      'AI-plattform',
      expect.any(Number),
      'Ryms inte i budgetramen',
    ]);
    // A unit's proposal waits for ITD's decision, not for a scenario: it is never a trade-off.
    expect(tradeOffs.map((row) => row[1])).not.toContain('Testlabb för AI');
    expect(text).toContain('I Offensiv startar AI-plattform innan Gemensamt e-arkiv är klart.');
  });

  it('gives cost and operating consequences per year, and the timeline of decided needs', () => {
    expect(table(chapter, 'investments.table.costByYear').rows).toEqual([
      [2026, 2200, 0],
      [2027, 2800, 100],
      [2028, 1500, 400],
    ]);
    expect(table(chapter, 'investments.table.timeline').rows).toContainEqual([
      'AI-plattform',
      'accepted',
      2027,
      2028,
    ]);
  });

  it('keeps every table printable', () => {
    for (const t of chapter.tables) expect(t.columns.length).toBeLessThanOrEqual(7);
  });

  it('says there are no needs and no scenarios yet for a new city', () => {
    expect(sentences(build(makeEmptyPlanSources()))).toEqual([
      'Inga uppgifter ännu: inga investeringsbehov är registrerade.',
      'Inga scenarier är sparade ännu, så investeringarna går inte att jämföra.',
    ]);
  });
});
