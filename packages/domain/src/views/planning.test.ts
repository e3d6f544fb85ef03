import { describe, expect, it } from 'vitest';
import { buildPlanContent } from '../plan/build-plan-content';
import { planContentSchema } from '../plan/plan-content';
import { FULL_PLAN_FACTS } from '../plan/test-facts';
import { makeNeedRecord, makePlanSources } from '../plan/test-sources';
import { formatPlanText } from '../plan/texts';
import { withholdProposals } from './planning';

const longTitle = (i: number) => `Förslag ${i} ${'x'.repeat(200)}`.slice(0, 200);
const proposals = Array.from({ length: 11 }, (_, i) =>
  makeNeedRecord({ code: `forslag-${i}`, title: longTitle(i), status: 'proposed', priority: 1 }),
);

describe('withholdProposals', () => {
  const sources = makePlanSources();
  const register = { ...sources.needs, needs: [...sources.needs.needs, ...proposals] };

  it('leaves out what ITD has not accepted and counts it', () => {
    const before = register.needs.filter((n) => n.status === 'proposed').length;
    const board = withholdProposals(register);
    expect(board.needs.some((n) => n.status === 'proposed')).toBe(false);
    expect(board.withheldProposals).toBe(before);
    expect(board.needs).toHaveLength(register.needs.length - before);
  });

  it('keeps the proposals out of the plan, which still counts them', () => {
    const content = buildPlanContent({
      sources: { ...sources, needs: withholdProposals(register) },
      facts: FULL_PLAN_FACTS,
      previous: null,
      generatedAt: '2026-05-15T08:00:00.000Z',
    });
    expect(planContentSchema.safeParse(content).success).toBe(true);
    const text = content.chapters
      .flatMap((c) => c.statements)
      .map((s) => formatPlanText('sv', s.key, s.values))
      .join('\n');
    const cells = JSON.stringify(content.chapters.map((c) => c.tables));
    for (const p of proposals) {
      expect(text).not.toContain(p.title);
      expect(cells).not.toContain(p.title);
    }
    expect(text).toMatch(/Föreslagna: \d+,/);
  });
});
