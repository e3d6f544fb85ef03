import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_COMPLETED_NEED,
  DEMO_NEW_NEED,
  DEMO_PUBLISHED_AT,
  DEMO_REALISED_BENEFIT,
  DEMO_RISEN_RISK,
  seedDemoPlan,
} from './plan-demo';
import { callAs } from './testing/users';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await seedDemoPlan(handle.db, 'malmo');
});
afterAll(() => handle.close());

describe('the demo plan', () => {
  it('has the 2026 edition published by ITD in October and a 2027 draft with narratives', async () => {
    const viewer = await callAs(handle.db, 'viewer');
    expect(await viewer.plan.editions()).toMatchObject([
      { year: 2027, status: 'draft', publishedAt: null },
      {
        year: 2026,
        status: 'published',
        publishedAt: DEMO_PUBLISHED_AT,
        publishedBy: 'Ida Ledning (ITD)',
      },
    ]);
    const published = await viewer.plan.edition({ year: 2026 });
    expect(Object.keys(published.narratives).sort()).toEqual([
      'conclusions',
      'investments',
      'status',
    ]);
    const draft = await viewer.plan.edition({ year: 2027 });
    expect(Object.keys(draft.narratives).sort()).toEqual(['ai', 'comparison']);
  });

  it('froze the 2026 edition on round 2026-K3: its factor scores are those of K3, none of K4', async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const itd = await callAs(handle.db, 'itd');
    const [published, register, editions] = await Promise.all([
      viewer.plan.edition({ year: 2026 }),
      // ITD's register: the scores of every round, the open one included.
      itd.factors.register(),
      viewer.plan.editions(),
    ]);
    expect(published.content).toMatchObject({ roundCode: '2026-K3', basisClosedOn: '2026-09-30' });
    expect(editions.map((e) => [e.year, e.basisRound])).toEqual([
      [2027, null],
      [2026, '2026-K3'],
    ]);
    const scoreIn = (code: string, round: string) =>
      register.factors.find((f) => f.code === code)!.history.find((h) => h.roundCode === round)
        ?.score;
    const frozen = published.content.comparables.factors;
    expect(frozen.length).toBeGreaterThan(0);
    for (const f of frozen) expect([f.code, f.score]).toEqual([f.code, scoreIn(f.code, '2026-K3')]);
    // The risk re-scored in the open round stands in the register with its K4 score, not in the edition.
    const risen = register.factors.find((f) => f.code === DEMO_RISEN_RISK)!;
    expect(risen.score).toBe(scoreIn(DEMO_RISEN_RISK, '2026-K4'));
    expect(frozen.find((f) => f.code === DEMO_RISEN_RISK)!.score).toBeLessThan(risen.score);
    // Every chapter names the round it stands on.
    for (const chapter of published.content.chapters) {
      expect(chapter.statements[0]!.values).toMatchObject({ round: '2026-K3' });
    }
  });

  it('stands the 2027 draft on the same round, so its chapter 1 says the comparison waits', async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const [published, draft] = await Promise.all([
      viewer.plan.edition({ year: 2026 }),
      viewer.plan.edition({ year: 2027 }),
    ]);
    expect(draft.content).toMatchObject({ previousYear: 2026, roundCode: '2026-K3' });
    const comparison = draft.content.chapters[0]!;
    expect(comparison.statements.map((s) => s.key)).toEqual([
      'basis.comparison',
      'comparison.sameBasis',
    ]);
    const then = published.content.comparables;
    const now = draft.content.comparables;
    // Needs have no rounds: the draft reads them as they stand, with the changes made since.
    const newNeed = now.needs.find((n) => n.title === DEMO_NEW_NEED.title);
    expect(newNeed).toBeDefined();
    expect(then.needs.some((n) => n.code === newNeed!.code)).toBe(false);
    expect(then.needs.find((n) => n.code === DEMO_COMPLETED_NEED)?.status).toBe('ongoing');
    expect(now.needs.find((n) => n.code === DEMO_COMPLETED_NEED)?.status).toBe('done');
    // The measurement after 2026-K3 closed and the re-score in the open round wait for the next round.
    const realisation = (c: typeof now) =>
      c.benefits.find((b) => b.code === DEMO_REALISED_BENEFIT)?.realisation;
    expect(realisation(now)).toBe(realisation(then));
    expect(realisation(now)).toBeLessThan(1);
    const risk = (c: typeof now) => c.factors.find((f) => f.code === DEMO_RISEN_RISK)!.score;
    expect(risk(now)).toBe(risk(then));
  });

  it('does nothing a second time', async () => {
    expect(await seedDemoPlan(handle.db, 'malmo')).toEqual({
      published: [],
      drafts: [],
    });
  });
});
