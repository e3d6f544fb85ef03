import type { DatabaseHandle } from '@lagesbild/db/client';
import { countRows, openTestDatabase } from '@lagesbild/db/testing';
import type { ReportForm, ReportItem } from '@lagesbild/domain';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs, failureOf } from '../testing/users';

const ROUND = '2026-K4';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await openTestDatabase();
});
afterEach(() => handle.close());

function answerOf(item: ReportItem, selfRating = item.selfRating ?? 3) {
  return {
    selfRating: item.notApplicable ? null : selfRating,
    targetLevel: item.targetLevel,
    targetYear: item.targetYear,
    notApplicable: item.notApplicable,
    evidence: item.evidence,
    confidence: item.confidence,
    comment: item.comment,
  };
}

const CAPACITY = { planningFte: 1.5, competences: [], demand: [], baseRequirements: [] };

const auditCount = (action: string) =>
  countRows(handle.db, sql`select count(*)::int as n from audit_log where action = ${action}`);

describe('a unit reports for itself', () => {
  it('reads its own form, pre-filled from the last round but not yet answered', async () => {
    const a = await callAs(handle.db, 'reporterA');
    const form = await a.report.form({ round: ROUND });
    expect(form.unit.slug).toBe('miljoforvaltningen');
    expect(form.submission.state).toBe('notStarted');
    expect(form.editable).toBe(true);
    expect(form.previousRoundCode).toBe('2026-K3');
    expect(form.progress).toEqual({ answered: 0, total: form.items.length });
    const rated = form.items.find((i) => !i.notApplicable)!;
    expect(rated.selfRating).not.toBeNull();
    expect(rated.previous?.selfRating).toBe(rated.selfRating);
    expect(rated.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
  });

  it('never takes a unit from input: naming another unit is refused as an unknown field', async () => {
    const a = await callAs(handle.db, 'reporterA');
    const refused = await failureOf(
      a.report.form({ round: ROUND, unit: 'kulturforvaltningen' } as never),
    );
    expect(refused.code).toBe('BAD_REQUEST');
  });

  it("saves a draft that only its own form shows: B's drafts never reach A, nor A's B", async () => {
    const a = await callAs(handle.db, 'reporterA');
    const b = await callAs(handle.db, 'reporterB');
    const aForm = await a.report.form({ round: ROUND });
    const item = aForm.items.find((i) => !i.notApplicable && i.selfRating! < 5)!;
    const saved = await a.report.save({
      round: ROUND,
      capabilityCode: item.capabilityCode,
      version: item.version,
      fields: { ...answerOf(item, item.selfRating! + 1), comment: 'Utkast från Miljö' },
    });
    expect(saved.progress.answered).toBe(1);

    const bForm = await b.report.form({ round: ROUND });
    expect(bForm.unit.slug).toBe('kulturforvaltningen');
    expect(bForm.progress.answered).toBe(0);
    expect(JSON.stringify(bForm)).not.toContain('Utkast från Miljö');

    const bItem = bForm.items.find((i) => i.capabilityCode === item.capabilityCode)!;
    await b.report.save({
      round: ROUND,
      capabilityCode: bItem.capabilityCode,
      version: bItem.version,
      fields: { ...answerOf(bItem), comment: 'Utkast från Kultur' },
    });
    const aAgain = await a.report.form({ round: ROUND });
    expect(JSON.stringify(aAgain)).not.toContain('Utkast från Kultur');
    expect(aAgain.items.find((i) => i.capabilityCode === item.capabilityCode)).toMatchObject({
      selfRating: item.selfRating! + 1,
      comment: 'Utkast från Miljö',
      confirmed: true,
    });
    // The viewer and itd see no drafts on the dashboards: they show closed rounds only.
    const viewer = await callAs(handle.db, 'viewer');
    const overview = await viewer.maturity.overview({});
    expect(overview.rounds.map((r) => r.code)).not.toContain(ROUND);
  });

  it('refuses bad answers per field and extra fields, and saves nothing', async () => {
    const a = await callAs(handle.db, 'reporterA');
    const form = await a.report.form({ round: ROUND });
    const item = form.items.find((i) => !i.notApplicable)!;
    const bad = await failureOf(
      a.report.save({
        round: ROUND,
        capabilityCode: item.capabilityCode,
        version: item.version,
        fields: { ...answerOf(item), selfRating: 7, validatedRating: 5 } as never,
      }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    const stale = await failureOf(
      a.report.save({
        round: ROUND,
        capabilityCode: item.capabilityCode,
        version: item.version + 5,
        fields: answerOf(item),
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect((await a.report.form({ round: ROUND })).progress.answered).toBe(0);
  });

  it('confirms "unchanged" in one action, submits once however often it is sent, then is locked', async () => {
    const a = await callAs(handle.db, 'reporterA');
    const form = await a.report.form({ round: ROUND });
    const confirmed = await a.report.confirmUnchanged({
      round: ROUND,
      items: form.items.map((i) => ({ capabilityCode: i.capabilityCode, version: i.version })),
    });
    expect(confirmed.progress).toEqual({ answered: form.items.length, total: form.items.length });
    const withoutCapacity = await a.report.form({ round: ROUND });
    expect(withoutCapacity.capacitySaved).toBe(false);
    const missing = await failureOf(
      a.report.submit({ round: ROUND, version: withoutCapacity.submission.version! }),
    );
    expect(missing).toMatchObject({ code: 'BAD_REQUEST', message: 'capacityMissing' });
    expect(await auditCount('report.submit')).toBe(0);

    await a.capacity.save({ round: ROUND, version: 0, report: CAPACITY });
    const ready = await a.report.form({ round: ROUND });
    expect(ready.capacitySaved).toBe(true);
    const version = ready.submission.version!;
    const results = await Promise.all(
      [1, 2, 3].map(() => a.report.submit({ round: ROUND, version })),
    );
    expect(results).toEqual([1, 2, 3].map(() => ({ state: 'submitted', version: version + 1 })));
    expect(await auditCount('report.submit')).toBe(1);

    const after = await a.report.form({ round: ROUND });
    expect(after.editable).toBe(false);
    const item = after.items[0]!;
    const locked = await failureOf(
      a.report.save({
        round: ROUND,
        capabilityCode: item.capabilityCode,
        version: item.version,
        fields: answerOf(item),
      }),
    );
    expect(locked).toMatchObject({ code: 'CONFLICT', details: { reason: 'submitted' } });
  });

  it('cannot submit an incomplete report', async () => {
    const a = await callAs(handle.db, 'reporterA');
    const form: ReportForm = await a.report.form({ round: ROUND });
    const item = form.items.find((i) => !i.notApplicable)!;
    const saved = await a.report.save({
      round: ROUND,
      capabilityCode: item.capabilityCode,
      version: item.version,
      fields: answerOf(item),
    });
    expect(saved.progress.answered).toBe(1);
    const draft = await a.report.form({ round: ROUND });
    const incomplete = await failureOf(
      a.report.submit({ round: ROUND, version: draft.submission.version! }),
    );
    expect(incomplete).toMatchObject({ code: 'BAD_REQUEST', message: 'incomplete' });
  });

  it('of many simultaneous saves on one version exactly one wins, and history has one entry', async () => {
    const callers = await Promise.all([1, 2, 3, 4, 5, 6].map(() => callAs(handle.db, 'reporterA')));
    const form = await callers[0]!.report.form({ round: ROUND });
    const item = form.items.find((i) => !i.notApplicable)!;
    const outcomes = await Promise.allSettled(
      callers.map((c, n) =>
        c.report.save({
          round: ROUND,
          capabilityCode: item.capabilityCode,
          version: item.version,
          fields: { ...answerOf(item), comment: `Sparat av nummer ${n}` },
        }),
      ),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const o of outcomes) {
      if (o.status === 'rejected') expect((o.reason as { code: string }).code).toBe('CONFLICT');
    }
    expect(await auditCount('report.save')).toBe(1);
  });
});
