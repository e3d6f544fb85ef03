import { describe, expect, it } from 'vitest';
import { AI_STATUSES, READINESS_DIMENSIONS } from '../../models/ai-use-case';
import { ACTION_OWNERS, BENEFIT_CATEGORIES, BENEFIT_PHASES } from '../../models/benefit';
import { COMPETENCE_AREAS } from '../../models/capacity';
import { FACTOR_KINDS, FACTOR_STATUSES } from '../../models/critical-factor';
import { CONSTRAINT_KINDS, NEED_STATUSES } from '../../models/investment';
import { factorBandSchema } from '../../views/factors';
import { buildPlanContent } from '../build-plan-content';
import { assessCoverage, COVERAGE_STATUSES, SUPPLIERS } from '../coverage';
import { listNames, PLAN_CHAPTER_KEYS, type PlanContent } from '../plan-content';
import { EMPTY_PLAN_FACTS } from '../plan-facts';
import type { PreviousEdition } from '../plan-sources';
import { STRENGTH_KINDS } from '../strength-notes';
import { FULL_PLAN_FACTS } from '../test-facts';
import { makeEmptyPlanSources, makePlanSources } from '../test-sources';
import { formatPlanNames, formatPlanText, PLAN_TEXTS } from './index';

const placeholders = (text: string) =>
  new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]));
const missingIn = (locale: 'sv' | 'en', keys: Iterable<string>) =>
  [...new Set(keys)].filter((key) => PLAN_TEXTS[locale][key] === undefined);
const expectKeys = (keys: Iterable<string>) => {
  expect(missingIn('sv', keys)).toEqual([]);
  expect(missingIn('en', keys)).toEqual([]);
};

describe('plan texts', () => {
  it('has every Swedish key in English and the other way round', () => {
    const sv = Object.keys(PLAN_TEXTS.sv);
    const en = Object.keys(PLAN_TEXTS.en);
    expect(sv.filter((k) => !(k in PLAN_TEXTS.en))).toEqual([]);
    expect(en.filter((k) => !(k in PLAN_TEXTS.sv))).toEqual([]);
  });

  it('uses in English every placeholder the Swedish text uses', () => {
    const gaps = Object.entries(PLAN_TEXTS.sv).flatMap(([key, sv]) => {
      const en = placeholders(PLAN_TEXTS.en[key] ?? '');
      return [...placeholders(sv)].filter((p) => !en.has(p)).map((p) => `${key}: ${p}`);
    });
    expect(gaps).toEqual([]);
  });

  it('has no empty or unfinished text', () => {
    for (const locale of ['sv', 'en'] as const) {
      const bad = Object.entries(PLAN_TEXTS[locale]).filter(
        ([, text]) => text.trim() === '' || text === 'TODO',
      );
      expect(bad.map(([key]) => key)).toEqual([]);
    }
  });

  it('labels every coded value a chapter may show', () => {
    const codes = [
      ...NEED_STATUSES,
      ...CONSTRAINT_KINDS,
      ...COMPETENCE_AREAS,
      ...AI_STATUSES,
      ...READINESS_DIMENSIONS,
      ...BENEFIT_CATEGORIES,
      ...BENEFIT_PHASES,
      ...ACTION_OWNERS,
      ...FACTOR_KINDS,
      ...FACTOR_STATUSES,
      ...factorBandSchema.options,
      ...STRENGTH_KINDS,
    ];
    expectKeys(codes.map((c) => `label.${c}`));
    expect(formatPlanText('sv', 'label.ongoing')).toBe('Pågår');
  });

  it('words every coverage status, rule, metric, missing datum and supplier', () => {
    const results = [...assessCoverage(EMPTY_PLAN_FACTS), ...assessCoverage(FULL_PLAN_FACTS)];
    expectKeys([
      ...COVERAGE_STATUSES.map((s) => `coverage.status.${s}`),
      ...SUPPLIERS.map((s) => `coverage.who.${s}`),
      ...results.map((r) => `coverage.rule.${r.rule.key}`),
      ...results.flatMap((r) => r.rule.checks.map((c) => `coverage.metric.${c.metric}`)),
      ...results.flatMap((r) => r.missing.map((m) => `coverage.missing.${m.what}`)),
    ]);
  });
});

/** Every key an edition refers to: titles, statements, figures, tables, their columns and label cells. */
function listKeys(content: PlanContent): string[] {
  return content.chapters.flatMap((chapter) => [
    `${chapter.key}.title`,
    ...chapter.statements.map((s) => s.key),
    ...chapter.figures.map((f) => f.key),
    ...chapter.tables.flatMap((t) => [
      t.key,
      ...t.columns.map((c) => `${t.key}.${c.key}`),
      ...t.rows.flatMap((row) =>
        row.flatMap((cell, i) =>
          t.columns[i]?.unit === 'label' && typeof cell === 'string' ? [`label.${cell}`] : [],
        ),
      ),
    ]),
  ]);
}

const previous: PreviousEdition = {
  year: 2025,
  comparables: {
    roundCode: '2025-T3',
    areas: [{ code: 'ai', name: 'AI och data', median: 2 }],
    needs: [{ code: 'intranat', title: 'Nytt intranät', status: 'ongoing' }],
    benefits: [],
    factors: [],
  },
};

describe('an edition built from the fixture', () => {
  const editions = {
    full: buildPlanContent({
      sources: makePlanSources(),
      facts: FULL_PLAN_FACTS,
      previous,
      generatedAt: '2026-05-15T08:00:00Z',
    }),
    first: buildPlanContent({
      sources: makePlanSources(),
      facts: FULL_PLAN_FACTS,
      previous: null,
      generatedAt: '2026-05-15T08:00:00Z',
    }),
    empty: buildPlanContent({
      sources: makeEmptyPlanSources(),
      facts: EMPTY_PLAN_FACTS,
      previous: null,
      generatedAt: '2026-05-15T08:00:00Z',
    }),
  };

  it.each(Object.entries(editions))('uses only keys both languages hold (%s)', (_, content) => {
    expect(content.chapters.map((c) => c.key)).toEqual([...PLAN_CHAPTER_KEYS]);
    expectKeys(listKeys(content));
  });

  it.each(Object.entries(editions))(
    'fills every placeholder of every sentence (%s)',
    (_, content) => {
      for (const locale of ['sv', 'en'] as const) {
        const unfilled = content.chapters
          .flatMap((c) => c.statements)
          .map((s) => formatPlanText(locale, s.key, s.values))
          .filter((text) => /\{\{|NaN|undefined/.test(text));
        expect(unfilled).toEqual([]);
      }
    },
  );

  it('keeps charted tables chartable and every table printable', () => {
    for (const content of Object.values(editions)) {
      for (const t of content.chapters.flatMap((c) => c.tables)) {
        expect(t.columns.length, t.key).toBeLessThanOrEqual(7);
        if (t.chart === null) continue;
        expect(
          t.columns.slice(1).some((c) => c.unit !== 'text' && c.unit !== 'label'),
          t.key,
        ).toBe(true);
      }
    }
  });
});

describe('names in a sentence', () => {
  const many = Array.from({ length: 11 }, (_, i) => `Behov ${i + 1}`);

  it('lists a few names as the reader writes a list, in either language', () => {
    expect(formatPlanNames('sv', listNames(['A']))).toBe('A');
    expect(formatPlanNames('sv', listNames(['A', 'B', 'C']))).toBe('A, B och C');
    expect(formatPlanNames('en', listNames(['A', 'B', 'C']))).toBe('A, B and C');
  });

  it('names the first three and counts the rest, so a long register stays one readable line', () => {
    expect(listNames(many)).toEqual({ names: ['Behov 1', 'Behov 2', 'Behov 3'], more: 8 });
    expect(formatPlanNames('sv', listNames(many))).toBe('Behov 1, Behov 2, Behov 3 och 8 till');
    expect(formatPlanNames('sv', listNames(many.slice(0, 4)))).toBe(
      'Behov 1, Behov 2, Behov 3 och en till',
    );
    expect(formatPlanNames('en', listNames(many))).toBe('Behov 1, Behov 2, Behov 3 and 8 more');
  });

  it('fills a sentence with the list', () => {
    expect(
      formatPlanText('sv', 'investments.firstPriority', { count: 11, names: listNames(many) }),
    ).toBe('11 behov har högsta prioritet: Behov 1, Behov 2, Behov 3 och 8 till.');
  });
});
