import type { DatabaseHandle } from '@lagesbild/db/client';
import { countRows, openTestDatabase } from '@lagesbild/db/testing';
import type { BenefitFields } from '@lagesbild/domain';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs, failureOf, readAsRealCity } from '../testing/users';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await openTestDatabase();
});
afterEach(() => handle.close());

const auditCount = (action: string) =>
  countRows(handle.db, sql`select count(*)::int as n from audit_log where action = ${action}`);

const fields = (overrides: Partial<BenefitFields> = {}): BenefitFields => ({
  title: 'Kortare väntetid för bygglov',
  needCode: 'integrationsplattform',
  unitSlug: 'stadsbyggnadskontoret',
  category: 'tid-resurser',
  metric: 'handläggningstid (veckor)',
  baseline: 10,
  target: 4,
  targetDate: '2027-12-31',
  phase: 'planera',
  followUpMonths: 6,
  ...overrides,
});

const measurement = (date: string, value: number) => ({
  benefitCode: 'publicerade-miljodata',
  measurement: { date, value },
  note: '',
});

describe('the register answers Q4 from the demo data, on the demo city’s own day', () => {
  it('computes each benefit’s realisation from its measurements, and the city’s summary', async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const register = await viewer.benefits.register();
    // Whatever the clock says: the demo city is read as of 30 November 2026.
    expect(register.asOf).toEqual({ today: '2026-11-30', fixed: true });
    const byCode = new Map(register.benefits.map((b) => [b.code, b]));
    // 5 → 22 of 5 → 40 datasets: 17 of 35.
    expect(byCode.get('publicerade-miljodata')).toMatchObject({
      realisation: 17 / 35,
      latestValue: 22,
      board: 'Miljönämnden',
      unit: { slug: 'miljoforvaltningen', name: 'Miljöförvaltningen' },
      nextFollowUp: '2026-12-30',
      overdue: false,
    });
    // A downward target: 24 → 7 incidents passes 8, so it is realised.
    expect(byCode.get('farre-sakerhetsincidenter')!.realisation).toBe(1);
    expect(byCode.get('snabbare-behorighet')).toMatchObject({
      realisation: null,
      measurements: [],
    });
    expect(byCode.get('riskbedomda-processer')!.measurements.map((m) => m.date)).toEqual([
      '2025-02-28',
      '2025-08-31',
    ]);
    expect(register.city).toEqual({
      benefits: 16,
      measured: 13,
      meanRate: 0.49,
      realised: 3,
      partly: 8,
      none: 2,
      overdue: 4,
    });
    const ks = register.byBoard.find((b) => b.board === 'Kommunstyrelsen')!;
    expect(ks.summary).toMatchObject({ benefits: 3, measured: 3, realised: 1, partly: 2 });
    const forskola = register.byInvestment.find((i) => i.needCode === 'ai-forskoleplacering')!;
    expect(forskola.summary).toMatchObject({ benefits: 2, realised: 1, partly: 1 });
    expect(register.byYear.find((y) => y.year === 2026)).toEqual({
      year: 2026,
      planned: 5,
      measured: 5,
      realised: 3,
      meanRate: 0.82,
    });
  });

  it('lists the overdue follow-ups with the unit that must measure, and who acts next', async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const register = await viewer.benefits.register();
    expect(register.overdue.map((o) => [o.benefitCode, o.unit.slug, o.dueDate])).toEqual([
      ['riskbedomda-processer', 'halsa-vard-och-omsorgsforvaltningen', '2026-03-03'],
      ['system-med-livscykelplan', 'grundskoleforvaltningen', '2026-05-01'],
      ['chefer-med-ai-utbildning', 'serviceforvaltningen', '2026-10-30'],
      ['lokalbokning-e-tjanst', 'kulturforvaltningen', '2026-10-30'],
    ]);
    const byCode = new Map(register.benefits.map((b) => [b.code, b]));
    expect(byCode.get('behov-med-nyttokalkyl')!.nextActor).toMatchObject({
      kind: 'action',
      owner: 'kommunstyrelsen',
    });
    expect(byCode.get('lokalbokning-e-tjanst')!.nextActor).toEqual({
      kind: 'unit',
      reason: 'overdueFollowUp',
    });
    // A real city on a later day: the follow-up due on 30 December is then overdue.
    await readAsRealCity(handle.db);
    const later = await callAs(handle.db, 'viewer', () => new Date('2027-01-15T10:00:00Z'));
    const inJanuary = await later.benefits.register();
    expect(inJanuary.overdue.map((o) => o.benefitCode)).toContain('publicerade-miljodata');
  });
});

describe('reporters record measurements for their own unit', () => {
  it('records a value, returns the new realisation, audits it, and shows it in the register', async () => {
    const reporter = await callAs(handle.db, 'reporterA');
    const result = await reporter.benefits.recordMeasurement({
      ...measurement('2026-11-20', 40),
      note: 'Alla planerade datamängder publicerade.',
    });
    expect(result).toEqual({ realisation: 1 });
    const register = await reporter.benefits.register();
    const benefit = register.benefits.find((b) => b.code === 'publicerade-miljodata')!;
    expect(benefit.measurements.at(-1)).toEqual({
      date: '2026-11-20',
      value: 40,
      note: 'Alla planerade datamängder publicerade.',
      recordedBy: expect.stringMatching(/.+/),
    });
    expect(register.city.realised).toBe(4);
    expect(await auditCount('benefits.recordMeasurement')).toBe(1);
  });

  it('refuses another unit’s benefit at the field, without writing', async () => {
    const reporter = await callAs(handle.db, 'reporterB');
    const refused = await failureOf(
      reporter.benefits.recordMeasurement(measurement('2026-11-20', 30)),
    );
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', message: 'ownUnitOnly' });
    const unknown = await failureOf(
      reporter.benefits.recordMeasurement({ ...measurement('2026-11-20', 1), benefitCode: 'nej' }),
    );
    expect(unknown.code).toBe('NOT_FOUND');
    const register = await reporter.benefits.register();
    expect(register.benefits.find((b) => b.code === 'publicerade-miljodata')!.latestValue).toBe(22);
    expect(await auditCount('benefits.recordMeasurement')).toBe(0);
  });

  it('a second value for the same day is a conflict and the first stays', async () => {
    const reporter = await callAs(handle.db, 'reporterA');
    await reporter.benefits.recordMeasurement(measurement('2026-11-20', 30));
    const again = await failureOf(
      reporter.benefits.recordMeasurement(measurement('2026-11-20', 39)),
    );
    expect(again).toMatchObject({
      code: 'CONFLICT',
      details: { current: { date: '2026-11-20', value: 30 } },
    });
    const itd = await callAs(handle.db, 'itd');
    const fromItd = await failureOf(itd.benefits.recordMeasurement(measurement('2026-11-20', 39)));
    expect(fromItd.code).toBe('CONFLICT');
    const { benefits } = await reporter.benefits.register();
    const values = benefits.find((b) => b.code === 'publicerade-miljodata')!.measurements;
    expect(values.filter((m) => m.date === '2026-11-20').map((m) => m.value)).toEqual([30]);
  });

  it('refuses a day after today (in Stockholm), but takes today', async () => {
    // A real city's day: 23:30 UTC on 27 November is already 28 November in Malmö.
    await readAsRealCity(handle.db);
    const lateEvening = () => new Date('2026-11-27T23:30:00Z');
    const reporter = await callAs(handle.db, 'reporterA', lateEvening);
    const future = await failureOf(
      reporter.benefits.recordMeasurement(measurement('2026-11-29', 30)),
    );
    expect(future).toMatchObject({ code: 'BAD_REQUEST', message: 'futureDate' });
    await expect(
      reporter.benefits.recordMeasurement(measurement('2026-11-28', 30)),
    ).resolves.toEqual({ realisation: 25 / 35 });
  });
});

describe('itd keeps benefits and actions', () => {
  it('creates a benefit with a code from its title, changes it against its version, and audits', async () => {
    const itd = await callAs(handle.db, 'itd');
    const created = await itd.benefits.save({ code: null, version: 0, fields: fields() });
    expect(created).toEqual({ code: 'kortare-vantetid-for-bygglov', version: 1 });
    const changed = await itd.benefits.save({
      code: created.code,
      version: 1,
      fields: fields({ phase: 'realisera' }),
    });
    expect(changed.version).toBe(2);
    const stale = await failureOf(
      itd.benefits.save({ code: created.code, version: 1, fields: fields({ target: 2 }) }),
    );
    expect(stale).toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: 2, current: { phase: 'realisera', target: 4 } },
    });
    const saved = (await itd.benefits.register()).benefits.find((b) => b.code === created.code)!;
    expect(saved).toMatchObject({
      phase: 'realisera',
      target: 4,
      board: 'Stadsbyggnadsnämnden',
      realisation: null,
      updatedBy: 'Ida Ledning (ITD)',
    });
    expect(await auditCount('benefits.save')).toBe(2);
  });

  it('refuses an unknown need or unit at its field', async () => {
    const itd = await callAs(handle.db, 'itd');
    const need = await failureOf(
      itd.benefits.save({ code: null, version: 0, fields: fields({ needCode: 'finns-inte' }) }),
    );
    expect(need).toMatchObject({ code: 'BAD_REQUEST', message: 'unknownNeed' });
    const unit = await failureOf(
      itd.benefits.save({ code: null, version: 0, fields: fields({ unitSlug: 'finns-inte' }) }),
    );
    expect(unit).toMatchObject({ code: 'BAD_REQUEST', message: 'unknownUnit' });
    expect((await itd.benefits.register()).benefits).toHaveLength(16);
  });

  it('records an action for KS that then says who acts next; a stale edit is a conflict', async () => {
    const itd = await callAs(handle.db, 'itd');
    const action = {
      benefitCode: 'publicerade-miljodata',
      owner: 'kommunstyrelsen' as const,
      description: 'Ställ krav på öppna data i nämndernas uppdrag',
      dueDate: '2027-02-15',
      done: false,
    };
    const created = await itd.benefits.saveAction({ id: null, version: 0, fields: action });
    const register = await itd.benefits.register();
    expect(register.actions).toHaveLength(9);
    expect(register.benefits.find((b) => b.code === action.benefitCode)!.nextActor).toEqual({
      kind: 'action',
      actionId: created.id,
      owner: 'kommunstyrelsen',
      dueDate: '2027-02-15',
    });
    await itd.benefits.saveAction({
      id: created.id,
      version: 1,
      fields: { ...action, done: true },
    });
    const stale = await failureOf(
      itd.benefits.saveAction({ id: created.id, version: 1, fields: action }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', details: { current: { done: true } } });
    const unknown = await failureOf(
      itd.benefits.saveAction({
        id: null,
        version: 0,
        fields: { ...action, benefitCode: 'finns-inte' },
      }),
    );
    expect(unknown).toMatchObject({ code: 'BAD_REQUEST', message: 'unknownBenefit' });
    expect(await auditCount('benefits.saveAction')).toBe(2);
  });
});
