import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import type { CapacityReport, ReportItem } from '@lagesbild/domain';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs, failureOf } from '../testing/users';

const ROUND = '2026-K4';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await openTestDatabase();
});
afterEach(() => handle.close());

function fieldsOf(item: ReportItem) {
  return {
    selfRating: item.selfRating,
    targetLevel: item.targetLevel,
    targetYear: item.targetYear,
    notApplicable: item.notApplicable,
    evidence: item.evidence,
    confidence: item.confidence,
    comment: item.comment,
  };
}

const capacity: CapacityReport = {
  planningFte: 2.5,
  competences: [{ area: 'test', fte: 1, level: 3 }],
  demand: [{ area: 'arkitektur', year: 2027, fte: 0.5 }],
  baseRequirements: [],
};

async function auditRows(action: string) {
  const r = (await handle.db.execute(
    sql`select actor_label, summary from audit_log where action = ${action} order by id`,
  )) as unknown as { rows: { actor_label: string; summary: Record<string, unknown> }[] };
  return r.rows;
}

/** Two rated answers of reporter A's form, each with one more level, as a previewed import. */
async function prepare() {
  const a = await callAs(handle.db, 'reporterA');
  const form = await a.report.form({ round: ROUND });
  const [x, y] = form.items.filter((i) => !i.notApplicable && i.selfRating! < 5);
  const items = [x!, y!].map((item) => ({
    capabilityCode: item.capabilityCode,
    version: item.version,
    fields: { ...fieldsOf(item), selfRating: item.selfRating! + 1, comment: 'Från Excel' },
  }));
  return { a, form, x: x!, y: y!, items };
}

describe('report.importApply', () => {
  it('saves every answer and the capacity at once, audited once as an import', async () => {
    const { a, x, y, items } = await prepare();
    const result = await a.report.importApply({
      round: ROUND,
      items,
      capacity: { version: 0, report: capacity },
      fileName: 'miljo.xlsx',
    });
    expect(result).toEqual({ answers: 2, capacity: true });
    const after = await a.report.form({ round: ROUND });
    for (const item of [x, y]) {
      expect(after.items.find((i) => i.capabilityCode === item.capabilityCode)).toMatchObject({
        selfRating: item.selfRating! + 1,
        comment: 'Från Excel',
        confirmed: true,
        version: item.version + 1,
      });
    }
    expect((await a.capacity.form({ round: ROUND })).report?.planningFte).toBe(2.5);
    expect(await auditRows('report.import')).toEqual([
      {
        actor_label: 'Rapportör, Miljöförvaltningen',
        summary: { fileName: 'miljo.xlsx', answers: 2, capacity: true },
      },
    ]);
    expect(await auditRows('report.save')).toHaveLength(2);
    expect(await auditRows('capacity.save')).toHaveLength(1);
  });

  it('writes nothing when one answer was saved after the preview, and names it', async () => {
    const { a, y, items } = await prepare();
    await a.report.save({
      round: ROUND,
      ...items[1]!,
      fields: { ...items[1]!.fields, comment: 'Emellan' },
    });
    const conflict = await failureOf(
      a.report.importApply({
        round: ROUND,
        items,
        capacity: { version: 0, report: capacity },
        fileName: 'miljo.xlsx',
      }),
    );
    expect(conflict).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'stale', stale: [y.capabilityCode] },
    });
    const after = await a.report.form({ round: ROUND });
    expect(after.items.filter((i) => i.comment === 'Från Excel')).toEqual([]);
    expect((await a.capacity.form({ round: ROUND })).version).toBe(0);
    expect(await auditRows('report.import')).toEqual([]);
  });

  it('writes nothing when the capacity moved since the preview', async () => {
    const { a, items } = await prepare();
    await a.capacity.save({ round: ROUND, version: 0, report: { ...capacity, planningFte: 1 } });
    const conflict = await failureOf(
      a.report.importApply({
        round: ROUND,
        items,
        capacity: { version: 0, report: capacity },
        fileName: 'miljo.xlsx',
      }),
    );
    expect(conflict).toMatchObject({ code: 'CONFLICT', details: { reason: 'stale' } });
    expect((await a.report.form({ round: ROUND })).progress.answered).toBe(0);
    expect((await a.capacity.form({ round: ROUND })).report?.planningFte).toBe(1);
  });

  it('writes nothing for an invalid payload, even when the first answer was fine', async () => {
    const { a, items } = await prepare();
    const badValue = await failureOf(
      a.report.importApply({
        round: ROUND,
        items: [items[0]!, { ...items[1]!, fields: { ...items[1]!.fields, selfRating: 7 } }],
        capacity: null,
        fileName: 'miljo.xlsx',
      }),
    );
    expect(badValue.code).toBe('BAD_REQUEST');
    const unknown = await failureOf(
      a.report.importApply({
        round: ROUND,
        items: [items[0]!, { ...items[1]!, capabilityCode: 'finns-inte' }],
        capacity: null,
        fileName: 'miljo.xlsx',
      }),
    );
    expect(unknown).toMatchObject({ code: 'BAD_REQUEST', message: 'unknownCapability' });
    expect((await a.report.form({ round: ROUND })).progress.answered).toBe(0);
    expect(await auditRows('report.save')).toEqual([]);
  });

  it("leaves another unit's answers and capacity alone", async () => {
    const b = await callAs(handle.db, 'reporterB');
    const before = await b.report.form({ round: ROUND });
    const { a, items } = await prepare();
    await a.report.importApply({
      round: ROUND,
      items,
      capacity: { version: 0, report: capacity },
      fileName: 'miljo.xlsx',
    });
    expect(await b.report.form({ round: ROUND })).toEqual(before);
    expect((await b.capacity.form({ round: ROUND })).report).toBeNull();
  });

  it('is refused once the report is with ITD', async () => {
    const { a, form, items } = await prepare();
    await a.report.confirmUnchanged({
      round: ROUND,
      items: form.items.map((i) => ({ capabilityCode: i.capabilityCode, version: i.version })),
    });
    await a.capacity.save({ round: ROUND, version: 0, report: capacity });
    const ready = await a.report.form({ round: ROUND });
    await a.report.submit({ round: ROUND, version: ready.submission.version! });
    const submitted = await a.report.form({ round: ROUND });
    const locked = await failureOf(
      a.report.importApply({
        round: ROUND,
        items: items.map((i) => ({
          ...i,
          version: submitted.items.find((s) => s.capabilityCode === i.capabilityCode)!.version,
        })),
        capacity: null,
        fileName: 'miljo.xlsx',
      }),
    );
    expect(locked).toMatchObject({ code: 'CONFLICT', details: { reason: 'submitted' } });
  });
});
