import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import {
  formatPlanText,
  planEditionSchema,
  type NeedFields,
  type PlanEdition,
} from '@lagesbild/domain';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs } from '../testing/users';

/**
 * A city whose every name is as long as its form allows, and a unit that proposes eleven needs: the plan stays
 * valid and readable, a published edition can always be read, and no proposal ITD has not accepted reaches the
 * board. (Found by trying it: the joined names once outgrew the plan's own schema and broke it for good.)
 */
let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await openTestDatabase();
});
afterEach(() => handle.close());

const MAX = 200;
const stretch = (table: string, column: string) =>
  handle.db.execute(
    sql.raw(
      `update ${table} set ${column} = left(${column} || ' ' || repeat('å', ${MAX}), ${MAX})`,
    ),
  );

const proposal = (i: number): NeedFields => ({
  title: `Förslag ${i} från miljöförvaltningen ${'ä'.repeat(MAX)}`.slice(0, 190),
  description: 'Ett förslag som ITD ännu inte har beslutat om.',
  ownerUnits: ['miljoforvaltningen'],
  capabilities: [{ capabilityCode: 'integrationer-och-api', lift: 1 }],
  plannedStart: 2027,
  durationYears: 1,
  oneOffTkr: [500],
  operatingTkr: 50,
  benefitTkr: [100],
  fte: [],
  dependsOn: [],
  constraints: [{ kind: 'budget', note: 'Ryms inte utan omprioritering.' }],
  risk: 2,
  priority: 1,
  status: 'proposed',
});

const readText = (edition: PlanEdition) =>
  edition.content.chapters
    .flatMap((c) => c.statements)
    .map((s) => formatPlanText('sv', s.key, s.values));

describe('a plan for a city with the longest names and many proposals', () => {
  it('reads for KS as a draft and once published, names a few and never a proposal', async () => {
    for (const [table, column] of [
      ['investment_needs', 'title'],
      ['critical_factors', 'title'],
      ['benefits', 'title'],
      ['ai_use_cases', 'title'],
      ['scenarios', 'name'],
      ['units', 'name'],
      ['boards', 'name'],
    ] as const) {
      await stretch(table, column);
    }
    const reporter = await callAs(handle.db, 'reporterA');
    const proposals = Array.from({ length: 11 }, (_, i) => proposal(i + 1));
    for (const fields of proposals) await reporter.planning.proposeNeed({ fields });

    const itd = await callAs(handle.db, 'itd');
    await itd.plan.create({ year: 2026 });
    const viewer = await callAs(handle.db, 'viewer');
    const draft = await viewer.plan.edition({ year: 2026 });
    await itd.plan.publish({ year: 2026, version: 1 });
    const published = await viewer.plan.edition({ year: 2026 });

    for (const edition of [draft, published]) {
      expect(planEditionSchema.safeParse(edition).success).toBe(true);
      const whole = JSON.stringify(edition);
      for (const p of proposals) expect(whole).not.toContain(p.title);
      const text = readText(edition);
      // Past three names a sentence counts the rest: no sentence runs on for the length of a register.
      expect(Math.max(...text.map((line) => line.length))).toBeLessThan(8 * MAX);
      expect(text.join('\n')).toMatch(/Föreslagna: \d+,/);
    }
    expect(published.content).toEqual(draft.content);

    // The board's register counts the proposals and names none; ITD sees them all.
    const board = await viewer.planning.needs();
    expect(board.withheldProposals).toBeGreaterThanOrEqual(11);
    expect(board.needs.some((n) => n.status === 'proposed')).toBe(false);
    const itdRegister = await itd.planning.needs();
    expect(itdRegister.withheldProposals).toBe(0);
    expect(itdRegister.needs.filter((n) => n.status === 'proposed').length).toBe(
      board.withheldProposals,
    );
  });
});
