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

  it("shows in the draft's chapter 1 what changed since the published edition", async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const [published, draft] = await Promise.all([
      viewer.plan.edition({ year: 2026 }),
      viewer.plan.edition({ year: 2027 }),
    ]);
    expect(draft.content.previousYear).toBe(2026);
    const then = published.content.comparables;
    const now = draft.content.comparables;
    const newNeed = now.needs.find((n) => n.title === DEMO_NEW_NEED.title);
    expect(newNeed).toBeDefined();
    expect(then.needs.some((n) => n.code === newNeed!.code)).toBe(false);
    expect(then.needs.find((n) => n.code === DEMO_COMPLETED_NEED)?.status).toBe('ongoing');
    expect(now.needs.find((n) => n.code === DEMO_COMPLETED_NEED)?.status).toBe('done');
    expect(now.benefits.find((b) => b.code === DEMO_REALISED_BENEFIT)?.realisation).toBe(1);
    const risk = (c: typeof now) => c.factors.find((f) => f.code === DEMO_RISEN_RISK)!.score;
    expect(risk(now)).toBeGreaterThan(risk(then));
    const comparison = draft.content.chapters[0]!;
    expect(comparison.key).toBe('comparison');
    expect(JSON.stringify(comparison)).toContain(DEMO_NEW_NEED.title);
  });

  it('does nothing a second time', async () => {
    expect(await seedDemoPlan(handle.db, 'malmo')).toEqual({
      published: [],
      drafts: [],
    });
  });
});
