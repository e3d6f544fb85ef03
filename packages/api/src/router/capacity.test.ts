import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import type { CapacityReport } from '@lagesbild/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs, failureOf } from '../testing/users';

const ROUND = '2026-K4';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const report: CapacityReport = {
  planningFte: 1.5,
  competences: [
    { area: 'ai-och-data', fte: 0.25, level: 2 },
    { area: 'test', fte: 1, level: 3 },
  ],
  demand: [
    { area: 'arkitektur', year: 2027, fte: 0.5 },
    { area: 'ai-och-data', year: 2027, fte: 1 },
  ],
  baseRequirements: [{ capabilityCode: 'informationsklassning', requiredLevel: 4 }],
};

describe('capacity', () => {
  it('a unit saves its capacity for itself, and only its own form shows it', async () => {
    const a = await callAs(handle.db, 'reporterA');
    const empty = await a.capacity.form({ round: ROUND });
    expect(empty).toMatchObject({ version: 0, report: null, editable: true });
    expect(empty.capabilities.length).toBeGreaterThan(30);
    expect(await a.capacity.save({ round: ROUND, version: 0, report })).toEqual({ version: 1 });

    const saved = await a.capacity.form({ round: ROUND });
    expect(saved.version).toBe(1);
    expect(saved.report).toEqual({
      ...report,
      competences: [...report.competences].sort((x, y) => x.area.localeCompare(y.area)),
      demand: [...report.demand].sort((x, y) => x.area.localeCompare(y.area)),
    });
    const b = await callAs(handle.db, 'reporterB');
    expect((await b.capacity.form({ round: ROUND })).report).toBeNull();
    const itd = await callAs(handle.db, 'itd');
    expect(
      (await itd.capacity.unitForm({ round: ROUND, unit: 'miljoforvaltningen' })).report
        ?.planningFte,
    ).toBe(1.5);
  });

  it("a unit's draft in the open round reaches neither the board's capacity balance nor its sources", async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const before = await viewer.planning.capacityBalance({});
    const a = await callAs(handle.db, 'reporterA');
    const { version } = await a.capacity.form({ round: ROUND });
    await a.capacity.save({
      round: ROUND,
      version,
      report: { ...report, competences: [{ area: 'ai-och-data', fte: 40, level: 5 }] },
    });

    const after = await viewer.planning.capacityBalance({});
    expect(after.cells).toEqual(before.cells);
    expect(after.reports.map((r) => r.roundCode)).not.toContain(ROUND);
  });

  it('a stale version is a conflict with the saved report, and nothing is overwritten', async () => {
    const a = await callAs(handle.db, 'reporterA');
    const { version } = await a.capacity.form({ round: ROUND });
    await a.capacity.save({ round: ROUND, version, report: { ...report, planningFte: 2 } });
    const conflict = await failureOf(
      a.capacity.save({ round: ROUND, version, report: { ...report, planningFte: 9 } }),
    );
    expect(conflict).toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: version + 1, current: { planningFte: 2 } },
    });
    expect((await a.capacity.form({ round: ROUND })).report?.planningFte).toBe(2);
  });

  it('an unknown capability or a duplicate is a field error and saves nothing', async () => {
    const a = await callAs(handle.db, 'reporterA');
    const { version } = await a.capacity.form({ round: ROUND });
    const unknown = await failureOf(
      a.capacity.save({
        round: ROUND,
        version,
        report: {
          ...report,
          baseRequirements: [{ capabilityCode: 'finns-inte', requiredLevel: 2 }],
        },
      }),
    );
    expect(unknown).toMatchObject({ code: 'BAD_REQUEST', message: 'unknownCapability' });
    const duplicate = await failureOf(
      a.capacity.save({
        round: ROUND,
        version,
        report: { ...report, competences: [...report.competences, report.competences[0]!] },
      }),
    );
    expect(duplicate.code).toBe('BAD_REQUEST');
    expect((await a.capacity.form({ round: ROUND })).version).toBe(version);
  });
});
