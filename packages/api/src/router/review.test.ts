import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs, failureOf, readAsRealCity } from '../testing/users';

const ROUND = '2026-K4';
// Submitted in the demo's current round.
const UNIT = 'stadskontoret';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await openTestDatabase();
});
afterEach(() => handle.close());

async function lastAudit() {
  const r = (await handle.db.execute(
    sql`select action, summary from audit_log order by id desc limit 1`,
  )) as unknown as { rows: { action: string; summary: Record<string, unknown> }[] };
  return r.rows[0]!;
}

describe('ITD validates', () => {
  it('needs a reason where its rating differs, then approves once every rating is validated', async () => {
    const itd = await callAs(handle.db, 'itd');
    const form = await itd.review.form({ round: ROUND, unit: UNIT });
    expect(form.submission.state).toBe('submitted');
    const item = form.items.find((i) => !i.notApplicable && i.selfRating! > 1)!;
    const lower = { round: ROUND, unit: UNIT, capabilityCode: item.capabilityCode };
    const noReason = await failureOf(
      itd.review.save({
        ...lower,
        version: item.version,
        validatedRating: item.selfRating! - 1,
        validationComment: null,
      }),
    );
    expect(noReason).toMatchObject({ code: 'BAD_REQUEST', message: 'validationCommentRequired' });
    await itd.review.save({
      ...lower,
      version: item.version,
      validatedRating: item.selfRating! - 1,
      validationComment: 'Rutinen är inte beslutad än.',
    });

    const early = await failureOf(
      itd.review.approve({ round: ROUND, unit: UNIT, version: form.submission.version! }),
    );
    expect(early).toMatchObject({ code: 'BAD_REQUEST', message: 'notAllValidated' });
    const accepted = await itd.review.acceptSelfRatings({
      round: ROUND,
      unit: UNIT,
      version: form.submission.version!,
    });
    expect(accepted.accepted).toBeGreaterThan(30);
    const approved = await itd.review.approve({
      round: ROUND,
      unit: UNIT,
      version: form.submission.version!,
    });
    expect(approved).toEqual({ state: 'validated', version: form.submission.version! + 1 });

    const after = await itd.review.form({ round: ROUND, unit: UNIT });
    expect(after.items.find((i) => i.capabilityCode === item.capabilityCode)).toMatchObject({
      validatedRating: item.selfRating! - 1,
      validationComment: 'Rutinen är inte beslutad än.',
    });
    expect(after.items.every((i) => i.notApplicable || i.validatedRating !== null)).toBe(true);
  });

  it('returns a report with a message; the unit sees it and can edit and submit again', async () => {
    const itd = await callAs(handle.db, 'itd');
    const a = await callAs(handle.db, 'reporterA');
    const own = await a.report.form({ round: ROUND });
    await a.report.confirmUnchanged({
      round: ROUND,
      items: own.items.map((i) => ({ capabilityCode: i.capabilityCode, version: i.version })),
    });
    await a.capacity.save({
      round: ROUND,
      version: 0,
      report: { planningFte: 1, competences: [], demand: [], baseRequirements: [] },
    });
    const draft = await a.report.form({ round: ROUND });
    await a.report.submit({ round: ROUND, version: draft.submission.version! });

    const submitted = await itd.review.form({ round: ROUND, unit: 'miljoforvaltningen' });
    const empty = await failureOf(
      itd.review.return({
        round: ROUND,
        unit: 'miljoforvaltningen',
        version: submitted.submission.version!,
        message: '   ',
      }),
    );
    expect(empty.code).toBe('BAD_REQUEST');
    await itd.review.return({
      round: ROUND,
      unit: 'miljoforvaltningen',
      version: submitted.submission.version!,
      message: 'Länka till beslutade rutiner.',
    });
    expect(await lastAudit()).toMatchObject({
      action: 'review.return',
      summary: { message: 'Länka till beslutade rutiner.' },
    });

    const returned = await a.report.form({ round: ROUND });
    expect(returned).toMatchObject({
      editable: true,
      submission: { state: 'returned', returnMessage: 'Länka till beslutade rutiner.' },
    });
    const again = await a.report.submit({ round: ROUND, version: returned.submission.version! });
    expect(again.state).toBe('submitted');
  });

  it('refuses a decision from a stale version, and a reporter calling review at all', async () => {
    const itd = await callAs(handle.db, 'itd');
    const form = await itd.review.form({ round: ROUND, unit: UNIT });
    const stale = await failureOf(
      itd.review.return({
        round: ROUND,
        unit: UNIT,
        version: form.submission.version! - 1,
        message: 'Gammal',
      }),
    );
    expect(stale).toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: form.submission.version },
    });
    const a = await callAs(handle.db, 'reporterA');
    expect((await failureOf(a.review.form({ round: ROUND, unit: UNIT }))).code).toBe('FORBIDDEN');
  });
});

describe('rounds', () => {
  it('shows each unit’s progress, and who is late once the deadline has passed', async () => {
    // A real city's lateness follows the clock.
    await readAsRealCity(handle.db);
    const before = await callAs(handle.db, 'itd', () => new Date('2026-12-11T22:30:00Z'));
    expect((await before.rounds.progress({ round: ROUND })).units.some((u) => u.late)).toBe(false);
    const after = await callAs(handle.db, 'itd', () => new Date('2026-12-11T23:30:00Z'));
    const progress = await after.rounds.progress({ round: ROUND });
    expect(progress.asOf).toEqual({ today: '2026-12-12', fixed: false });
    const late = progress.units.filter((u) => u.late).map((u) => u.unitSlug);
    expect(late).toContain('miljoforvaltningen');
    expect(late).toContain('forskoleforvaltningen');
    expect(late).not.toContain(UNIT);
  });

  it('never finds the demo city late: it is read on its own day, whatever the clock says', async () => {
    const years = await callAs(handle.db, 'itd', () => new Date('2029-12-31T09:00:00Z'));
    const progress = await years.rounds.progress({ round: ROUND });
    expect(progress.asOf).toEqual({ today: '2026-11-30', fixed: true });
    expect(progress.units.some((u) => u.late)).toBe(false);
  });

  it('opens one round at a time, and closing publishes it to the dashboards', async () => {
    const itd = await callAs(handle.db, 'itd');
    const second = await failureOf(
      itd.rounds.open({
        code: '2027-K1',
        startsOn: '2027-01-01',
        endsOn: '2027-03-31',
        deadline: '2027-03-15',
      }),
    );
    expect(second).toMatchObject({ code: 'BAD_REQUEST', message: 'roundAlreadyOpen' });
    const [current] = await itd.rounds.list();
    expect(current).toMatchObject({ code: ROUND, status: 'open' });
    await itd.rounds.close({ code: ROUND, version: current!.version });
    const overview = await itd.maturity.overview({});
    expect(overview.rounds.at(-1)?.code).toBe(ROUND);

    const a = await callAs(handle.db, 'reporterA');
    const form = await a.report.form({ round: ROUND });
    expect(form.editable).toBe(false);

    const next = await itd.rounds.open({
      code: '2027-K1',
      startsOn: '2027-01-01',
      endsOn: '2027-03-31',
      deadline: '2027-03-15',
    });
    expect(next.status).toBe('open');
    const nextForm = await a.report.form({ round: '2027-K1' });
    expect(nextForm.previousRoundCode).toBe(ROUND);
    expect(nextForm.progress.answered).toBe(0);
  });

  it('a change to a closed round needs a stated reason, which the audit log keeps', async () => {
    const itd = await callAs(handle.db, 'itd');
    const form = await itd.review.form({ round: '2026-K3', unit: UNIT });
    const item = form.items.find((i) => !i.notApplicable && i.validatedRating === i.selfRating)!;
    const change = {
      round: '2026-K3',
      unit: UNIT,
      capabilityCode: item.capabilityCode,
      version: item.version,
      validatedRating: item.selfRating,
      validationComment: 'Rättelse efter revision.',
    };
    const noReason = await failureOf(itd.review.save(change));
    expect(noReason).toMatchObject({ code: 'BAD_REQUEST', message: 'reasonRequired' });
    await itd.review.save({ ...change, reason: 'Revisionen hittade en felregistrering.' });
    expect(await lastAudit()).toMatchObject({
      action: 'review.changeAfterClose',
      summary: { reason: 'Revisionen hittade en felregistrering.' },
    });
  });
});
