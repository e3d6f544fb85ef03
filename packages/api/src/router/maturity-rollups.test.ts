import { openTestDatabase } from '@lagesbild/db/testing';
import type { DatabaseHandle } from '@lagesbild/db/client';
import { loadMaturityData, saveAssessment } from '@lagesbild/db/repositories';
import {
  buildOverview,
  overviewSchema,
  resolveRound,
  type AssessmentFields,
  type RatingBasis,
} from '@lagesbild/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs } from '../testing/users';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await handle.db.execute(query)) as unknown as { rows: T[] }).rows;
}

describe('maturity.overview from rollups', () => {
  it('answers exactly what it answered when it read every assessment, for every round and basis', async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const data = await loadMaturityData(handle.db, 'malmo');
    for (const basis of ['self', 'validated', 'effective'] as RatingBasis[]) {
      for (const r of data.rounds) {
        const { round, previous } = resolveRound(data.rounds, r.code)!;
        // Without histograms the overview summarises every round's facts, as it always did.
        const fromFacts = overviewSchema.parse(buildOverview(data, round, previous, basis));
        const answered = await viewer.maturity.overview({ round: r.code, basis });
        expect(JSON.stringify(answered)).toBe(JSON.stringify(fromFacts));
      }
    }
  });

  it('shows a rating changed in a round on the heatmap once the round is closed', async () => {
    const [open] = await rows<{ code: string; version: number }>(
      sql`select code, version from rounds where status = 'open'`,
    );
    const [cell] = await rows<{ unit: string; area: string }>(sql`
      select u.slug as unit, ar.code as area from units u cross join areas ar
      where u.kind = 'department' order by u.sort_order, ar.sort_order limit 1`);
    const answers = await rows<{ capability: string; version: number }>(sql`
      select c.code as capability, a.version from assessments a
      join rounds r on r.id = a.round_id join units u on u.id = a.unit_id
      join capabilities c on c.id = a.capability_id join areas ar on ar.id = c.area_id
      where r.code = ${open!.code} and u.slug = ${cell!.unit} and ar.code = ${cell!.area}
        and c.retired_in_version is null`);
    expect(answers.length).toBeGreaterThan(0);
    const fields: AssessmentFields = {
      selfRating: 5,
      validatedRating: 5,
      targetLevel: null,
      targetYear: null,
      notApplicable: false,
      evidence: { text: null, link: null, owner: null, date: null },
      confidence: null,
      comment: null,
      validationComment: null,
    };
    for (const a of answers) {
      await saveAssessment(handle.db, {
        organisationSlug: 'malmo',
        roundCode: open!.code,
        unitSlug: cell!.unit,
        capabilityCode: a.capability,
        expectedVersion: a.version,
        fields,
        changedBy: 'Test',
        at: new Date('2026-11-27T10:00:00Z'),
      });
    }
    const viewer = await callAs(handle.db, 'viewer');
    const scoreOf = (o: Awaited<ReturnType<typeof viewer.maturity.overview>>) =>
      o.heatmap.find((c) => c.unitSlug === cell!.unit && c.areaCode === cell!.area)?.score;
    const before = await viewer.maturity.overview({});
    expect(before.round).not.toBe(open!.code);

    const itd = await callAs(handle.db, 'itd');
    await itd.rounds.close({ code: open!.code, version: open!.version });

    const after = await viewer.maturity.overview({});
    expect(after.round).toBe(open!.code);
    expect(scoreOf(after)).toBe(5);
    expect(after.trends[0]!.points.at(-1)!.roundCode).toBe(open!.code);
  });
});
