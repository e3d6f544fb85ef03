import { describe, expect, it } from 'vitest';
import { assessCoverage } from '../coverage';
import { planChapterSchema } from '../plan-content';
import { EMPTY_PLAN_FACTS } from '../plan-facts';
import { FULL_PLAN_FACTS, makeFacts } from '../test-facts';
import { makeEmptyPlanSources } from '../test-sources';
import { formatPlanText, PLAN_TEXTS } from '../texts';
import { buildConclusionsChapter } from './conclusions';
import { findRenderingFaults, makeContext, makeInsightSources } from './test-insight';

// Q3's use cases come from two units only and a third of the benefits are measured: three partly answered.
const FACTS = makeFacts({ unitsWithAiUseCases: 2, benefitsMeasured: 2 }, FULL_PLAN_FACTS);

describe('buildConclusionsChapter', () => {
  const chapter = buildConclusionsChapter(makeContext(makeInsightSources(), FACTS));
  const sv = chapter.statements.map((s) => formatPlanText('sv', s.key, s.values));

  it('proposes approving the plan, first, in the words of a KS decision', () => {
    expect(sv[0]).toBe(
      'Kommunstyrelsen godkänner Utvecklingsplan för kommungemensam IT och digitalisering 2026.',
    );
  });

  it('asks KS to take the financing of Bas into account, with what Offensiv would add', () => {
    expect(sv).toContain(
      'Kommunstyrelsen beaktar finansieringen av scenariot Bas, 3,1 mnkr 2026–2028 (varav 2,6 mnkr i investeringar och 0,5 mnkr i driftkonsekvenser), i beredningen av kommunfullmäktiges budget. Scenariot ryms inom budgetramen varje år.',
    );
    expect(sv).toContain(
      'Scenariot Offensiv skulle kosta ytterligare 3,5 mnkr under samma period, utan mer nytta än Bas före 2028.',
    );
    expect(chapter.figures.map((f) => [f.key, f.value])).toEqual([
      ['conclusions.figure.baseCost', 3.1],
      ['conclusions.figure.offensiveExtra', 3.5],
      ['conclusions.figure.answered', 17],
    ]);
  });

  it('names the weakest areas to lift first and the competence to staff', () => {
    const lift = chapter.statements.find((s) => s.key === 'conclusions.liftAreas')!;
    expect(lift.values).toMatchObject({ first: 'AI och data', second: 'Styrning och ledning' });
    expect(chapter.statements.find((s) => s.key === 'conclusions.staff')?.values).toMatchObject({
      count: 1,
      fte: 1.5,
    });
    expect(chapter.tables[0]).toMatchObject({
      key: 'conclusions.table.shortfalls',
      rows: [['sakerhet', 2026, 1.5]],
    });
    expect(sv).toContain(
      'AI-kompetens byggs upp hos de 2 av 4 enheter som saknar den och testkompetens hos de 3 som saknar den (kapitel 5).',
    );
  });

  it('puts the open benefit actions before servicenämnden and KS, and the overdue follow-ups to the units', () => {
    expect(sv).toContain(
      'Servicenämnden beslutar om 2 åtgärder för bättre hemtagning av nyttor; den första, ”Avsätt tid för nyttouppföljning i förvaltningsplanerna”, ska vara klar senast 2026-06-30.',
    );
    expect(sv).toContain(
      'Kommunstyrelsen beslutar om åtgärden ”Kräv nyttokalkyl i alla investeringsbeslut” för bättre hemtagning av nyttor, klar senast 2026-10-31.',
    );
    expect(sv).toContain(
      'Förvaltningarna gör de 2 försenade uppföljningarna av nyttor: Miljöförvaltningen och Serviceförvaltningen.',
    );
  });

  it('names the high risks to mitigate and who owns them, and a risk without mitigation', () => {
    expect(sv).toContain(
      'Risken ”Brist på AI-kompetens” (20 poäng) minskas med åtgärderna i kapitel 7; ansvarig är IT-direktören.',
    );
    expect(sv).toContain(
      'Risken ”Otillräcklig budgetram” (16 poäng) saknar beskrivna åtgärder; Ekonomidirektören tar fram åtgärder före nästa omgång.',
    );
  });

  it('names the sub-questions not fully answered, and who must supply what', () => {
    const start = sv.findIndex((t) => t.startsWith('Av det särskilda yttrandets 20 delfrågor'));
    expect(sv.slice(start)).toEqual([
      'Av det särskilda yttrandets 20 delfrågor besvarar underlaget 17 helt, 3 delvis och 0 inte alls. Det som saknas:',
      'Delvis besvarad (fråga 3): ”Vilka tillämpningar ligger inom räckhåll?”',
      'Saknas: AI-tillämpningar från minst tre förvaltningar. Lämnas av förvaltningarna.',
      'Delvis besvarad (fråga 4): ”Det finns potential i nämnderna för förbättrad hemtagning av gjorda investeringar.”',
      'Saknas: mätningar av nyttorna. Lämnas av förvaltningarna.',
      'Delvis besvarad (planen): ”En förebild kan vara lokalförsörjningsplanens struktur.”',
      'Saknas: svar på de övriga delfrågorna. Lämnas av ITD.',
    ]);
  });

  it('has a text for everything any coverage rule can miss', () => {
    const missing = assessCoverage(EMPTY_PLAN_FACTS).flatMap((r) => r.missing);
    for (const m of missing) {
      const key = `conclusions.missing.${m.who}.${m.what}`;
      expect(PLAN_TEXTS.sv[key], key).toBeDefined();
      expect(PLAN_TEXTS.en[key], key).toBeDefined();
    }
  });

  it('renders every text in Swedish and English without gaps, within the stored schema', () => {
    expect(findRenderingFaults(chapter)).toEqual([]);
    expect(planChapterSchema.parse(chapter)).toEqual(chapter);
  });

  it('proposes what to do first when there is no data, never a number it does not have', () => {
    const empty = buildConclusionsChapter(makeContext(makeEmptyPlanSources(), EMPTY_PLAN_FACTS));
    expect(empty.statements.slice(0, 7).map((s) => s.key)).toEqual([
      'conclusions.approve',
      'conclusions.financeNone',
      'conclusions.liftNone',
      'conclusions.staffUnknown',
      'conclusions.actionsNone.servicenamnden',
      'conclusions.actionsNone.kommunstyrelsen',
      'conclusions.risksUnknown',
    ]);
    expect(empty.statements[7]?.values).toEqual({
      total: 20,
      answered: 0,
      partly: 0,
      unanswered: 20,
    });
    expect(empty.figures.map((f) => f.value)).toEqual([null, null, 0]);
    expect(findRenderingFaults(empty)).toEqual([]);
  });
});
