import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN_FACTS } from '../plan-facts';
import type { PlanChapter } from '../plan-content';
import type { PreviousEdition } from '../plan-sources';
import { makeEmptyPlanSources, makePlanSources } from '../test-sources';
import { formatPlanText } from '../texts';
import { extractComparables } from '../compare-editions';
import { buildComparisonChapter } from './comparison';

const build = (sources = makePlanSources(), previous: PreviousEdition | null = null) =>
  buildComparisonChapter({ sources, facts: EMPTY_PLAN_FACTS, coverage: [], previous });
const sentences = (chapter: PlanChapter) =>
  chapter.statements.map((s) => formatPlanText('sv', s.key, s.values));

const previous: PreviousEdition = {
  year: 2025,
  comparables: {
    roundCode: '2025-T3',
    areas: [
      { code: 'styrning', name: 'Styrning och ledning', median: 2.25 },
      { code: 'ai', name: 'AI och data', median: 2 },
    ],
    needs: [
      { code: 'e-arkiv', title: 'Gemensamt e-arkiv', status: 'planned' },
      { code: 'behorighet', title: 'Ny behörighetsstyrning', status: 'planned' },
      { code: 'ai-plattform', title: 'AI-plattform', status: 'accepted' },
      { code: 'intranat', title: 'Nytt intranät', status: 'ongoing' },
    ],
    benefits: [],
    factors: [],
  },
};

describe('buildComparisonChapter', () => {
  it('says plainly when no area moved since the previous edition', () => {
    const sources = makePlanSources();
    const same = { ...extractComparables(sources), roundCode: '2025-T3' };
    const text = sentences(build(sources, { year: 2025, comparables: same }));
    expect(text).toContain(
      `Sedan 2025 är mediannivån oförändrad i alla ${same.areas.length} jämförbara områden.`,
    );
  });

  it('on the same basis round as the previous edition says the comparison waits, and claims nothing', () => {
    const sources = makePlanSources();
    const chapter = build(sources, {
      year: 2025,
      comparables: { ...previous.comparables, roundCode: '2026-T1' },
    });
    expect(sentences(chapter)).toEqual([
      'Ingen bedömningsomgång har stängts sedan planen för 2025: båda bygger på 2026-T1. Jämförelsen väntar på nästa stängda omgång. Behov och AI-användningsfall, som inte har omgångar, står som de är i dag i kapitel 4 och 5.',
    ]);
    expect(chapter.figures).toEqual([]);
    expect(chapter.tables).toEqual([]);
  });

  it('says what moved since the previous edition', () => {
    const chapter = build(makePlanSources(), previous);
    expect(sentences(chapter)).toEqual([
      'Planen jämförs med den publicerade planen för 2025. Siffrorna i år bygger på bedömningsomgång 2026-T1.',
      'Sedan 2025 har mediannivån stigit i 1 och sjunkit i 1 av 2 jämförbara områden.',
      'Mediannivån i Styrning och ledning steg från 2,25 till 2,75.',
      'Mediannivån i AI och data sjönk från 2 till 1,75.',
      '1 nytt investeringsbehov har tillkommit sedan 2025: Testlabb för AI.',
      '1 behov har blivit klart sedan 2025: Nytt intranät.',
      'Ingen ny nytta har nått sitt mål sedan 2025.',
      'Ingen kritisk faktor har fått högre poäng sedan 2025.',
    ]);
    expect(chapter.tables[0]!.rows).toEqual([
      ['Styrning och ledning', 2.25, 2.75],
      ['Digital säkerhet', null, 3.25],
      ['AI och data', 2, 1.75],
    ]);
  });

  it('names risks that rose since the previous edition', () => {
    const sources = makePlanSources({
      factors: {
        ...makePlanSources().factors,
        factors: [
          {
            code: 'kompetens',
            title: 'Brist på AI-kompetens',
            kind: 'risk',
            likelihood: 4,
            impact: 4,
            score: 16,
            band: 'critical',
            owner: 'ITD',
            mitigation: '',
            status: 'open',
            capabilities: [],
            needs: [],
            history: [],
            version: 1,
            updatedAt: '2026-03-01T09:00:00+01:00',
            updatedBy: 'itd@malmo.se',
          },
        ],
      },
    });
    const before = {
      ...previous,
      comparables: {
        ...previous.comparables,
        factors: [{ code: 'kompetens', title: 'Brist på AI-kompetens', score: 9 }],
      },
    };
    expect(sentences(build(sources, before))).toContain(
      '1 kritisk faktor har fått högre poäng sedan 2025: Brist på AI-kompetens.',
    );
  });

  it('without a previous edition says so and gives the movement since the previous round', () => {
    const text = sentences(build());
    expect(text.slice(0, 3)).toEqual([
      'Det finns ingen tidigare publicerad plan att jämföra med. Det här är den första planen.',
      'I stället visas förflyttningen från bedömningsomgång 2025-T3 till 2026-T1.',
      'Sedan 2025-T3 har mediannivån stigit i 3 av 3 jämförbara områden. Inget område har sjunkit.',
    ]);
  });

  it('is honest about a city with no closed round', () => {
    const chapter = build(makeEmptyPlanSources());
    expect(sentences(chapter)).toEqual([
      'Det finns ingen tidigare publicerad plan att jämföra med. Det här är den första planen.',
      'Inga uppgifter ännu: ingen bedömningsomgång är stängd, så det finns ingen förflyttning att visa.',
    ]);
    expect(chapter.tables).toEqual([]);
  });
});
