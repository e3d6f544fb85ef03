import type { DatabaseHandle } from '@lagesbild/db/client';
import { countRows, openTestDatabase } from '@lagesbild/db/testing';
import type { NeedFields } from '@lagesbild/domain';
import { sql, type SQL } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs, failureOf } from '../testing/users';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await openTestDatabase();
});
afterEach(() => handle.close());

const count = (query: SQL) => countRows(handle.db, query);
const needCount = () => count(sql`select count(*)::int as n from investment_needs`);
const auditCount = (action: string) =>
  count(sql`select count(*)::int as n from audit_log where action = ${action}`);

const fields = (overrides: Partial<NeedFields> = {}): NeedFields => ({
  title: 'Ny e-tjänst för bygglov',
  description: 'Digital ansökan med kompletteringar.',
  ownerUnits: ['stadsbyggnadskontoret'],
  capabilities: [{ capabilityCode: 'integrationer-och-api', lift: 1 }],
  plannedStart: 2027,
  durationYears: 2,
  oneOffTkr: [800, 400],
  operatingTkr: 150,
  benefitTkr: [600],
  fte: [{ area: 'arkitektur', yearIndex: 0, fte: 0.5 }],
  dependsOn: ['integrationsplattform'],
  constraints: [{ kind: 'procurement', note: 'Avrop på befintligt avtal.' }],
  risk: 2,
  priority: 2,
  status: 'accepted',
  ...overrides,
});

describe('the scenarios answer Q2 from the demo register', () => {
  it('Bas stays inside the 7 mnkr frame; Offensiv goes over it and says what Bas leaves out', async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const view = await viewer.planning.scenarios({});
    expect(view.horizon).toEqual({ from: 2026, to: 2030 });
    const [bas, offensiv] = view.scenarios;
    expect(bas!.scenario.name).toBe('Bas');
    expect(bas!.outcome.years.some((y) => y.overFrame)).toBe(false);
    expect(offensiv!.outcome.years.filter((y) => y.overFrame).map((y) => y.year)).toEqual([
      2026, 2027, 2028, 2029, 2030,
    ]);
    expect(offensiv!.outcome.totals.investmentTkr).toBeGreaterThan(
      bas!.outcome.totals.investmentTkr,
    );
    const aiPlatform = bas!.outcome.tradeOffs.find((t) => t.needCode === 'ai-plattform')!;
    expect(aiPlatform.reason).toMatch(/Ryms inte i ramen/);
    expect(aiPlatform.investmentTkr).toBe(4000);
    // The AI platform is done in 2028 and lifts its capability from then on.
    const platform = offensiv!.outcome.maturity.capabilities.find(
      (c) => c.capabilityCode === 'ai-plattform',
    )!;
    const [y2026, y2027, y2028] = platform.levels;
    expect(y2027!.level).toBe(y2026!.level);
    expect(y2028!.level).toBeGreaterThan(y2027!.level!);
    expect(view.baselineRound).toBe('2026-K3');
  });

  it('a longer horizon shows the year Offensiv pays back', async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const short = await viewer.planning.scenarios({});
    expect(short.scenarios[1]!.outcome.paybackYear).toBeNull();
    const long = await viewer.planning.scenarios({ horizon: { from: 2026, to: 2035 } });
    const offensiv = long.scenarios[1]!.outcome;
    expect(offensiv.paybackYear).not.toBeNull();
    const payback = offensiv.years.find((y) => y.year === offensiv.paybackYear)!;
    expect(payback.cumulativeNetTkr).toBeGreaterThanOrEqual(0);
  });

  it('capacity against demand: the investments add to the units’ demand and shortfalls are named', async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const units = await viewer.planning.capacityBalance({});
    const withOffensive = await viewer.planning.capacityBalance({ scenario: 'offensiv' });
    const cell = (view: typeof units, area: string, year: number) =>
      view.cells.find((c) => c.area === area && c.year === year)!;
    expect(cell(units, 'ai-och-data', 2027).investmentFte).toBe(0);
    expect(cell(withOffensive, 'ai-och-data', 2027).investmentFte).toBe(2.5);
    expect(cell(withOffensive, 'ai-och-data', 2027).balanceFte).toBe(
      cell(units, 'ai-och-data', 2027).balanceFte - 2.5,
    );
    expect(units.reports.length).toBeGreaterThan(10);
    expect(units.requirementGaps.length).toBeGreaterThan(0);
    const [worst, next] = units.requirementGaps;
    expect(worst!.totalGap).toBeGreaterThanOrEqual(next!.totalGap);
    expect(worst!.capabilityName).not.toBe(worst!.capabilityCode);
    const missing = await failureOf(viewer.planning.capacityBalance({ scenario: 'finns-inte' }));
    expect(missing.code).toBe('NOT_FOUND');
  });
});

describe('itd keeps the register', () => {
  it('creates a need with a code from its title, changes it against its version, and audits both', async () => {
    const itd = await callAs(handle.db, 'itd');
    const created = await itd.planning.saveNeed({ code: null, version: 0, fields: fields() });
    expect(created).toEqual({ code: 'ny-e-tjanst-for-bygglov', version: 1 });
    const again = await itd.planning.saveNeed({ code: null, version: 0, fields: fields() });
    expect(again.code).toBe('ny-e-tjanst-for-bygglov-2');

    const changed = await itd.planning.saveNeed({
      code: created.code,
      version: 1,
      fields: fields({ operatingTkr: 200 }),
    });
    expect(changed.version).toBe(2);
    const stale = await failureOf(
      itd.planning.saveNeed({
        code: created.code,
        version: 1,
        fields: fields({ operatingTkr: 9 }),
      }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 2 } });
    const { needs } = await itd.planning.needs();
    const saved = needs.find((n) => n.code === created.code)!;
    expect(saved).toMatchObject({
      operatingTkr: 200,
      ownerUnits: ['stadsbyggnadskontoret'],
      dependsOn: ['integrationsplattform'],
      capabilities: [{ capabilityCode: 'integrationer-och-api', lift: 1 }],
      updatedBy: 'Ida Ledning (ITD)',
    });
    expect(await auditCount('planning.saveNeed')).toBe(3);
  });

  it('refuses unknown references and dependency cycles at their field, and writes nothing', async () => {
    const itd = await callAs(handle.db, 'itd');
    const before = await needCount();
    const unknown = await failureOf(
      itd.planning.saveNeed({
        code: null,
        version: 0,
        fields: fields({ capabilities: [{ capabilityCode: 'finns-inte', lift: 1 }] }),
      }),
    );
    expect(unknown).toMatchObject({ code: 'BAD_REQUEST', message: 'unknownCapability' });
    // integrationsplattform → ny → integrationsplattform would be a circle.
    const ny = await itd.planning.saveNeed({ code: null, version: 0, fields: fields() });
    const { needs } = await itd.planning.needs();
    const platform = needs.find((n) => n.code === 'integrationsplattform')!;
    const {
      code: _c,
      version,
      decisionReason: _r,
      proposedByUnit: _p,
      updatedAt: _u,
      updatedBy: _b,
      ...rest
    } = platform;
    const cycle = await failureOf(
      itd.planning.saveNeed({
        code: platform.code,
        version,
        fields: { ...rest, dependsOn: [ny.code] },
      }),
    );
    expect(cycle).toMatchObject({ code: 'BAD_REQUEST', message: 'dependencyCycle' });
    expect(await needCount()).toBe(before + 1);
    const after = (await itd.planning.needs()).needs.find((n) => n.code === platform.code)!;
    expect(after.dependsOn).toEqual([]);
    expect(after.version).toBe(version);
  });

  it('of simultaneous saves of one scenario version exactly one wins', async () => {
    const callers = await Promise.all([1, 2, 3, 4].map(() => callAs(handle.db, 'itd')));
    const { scenarios } = await callers[0]!.planning.scenarios({});
    const bas = scenarios[0]!;
    const outcomes = await Promise.allSettled(
      callers.map((c, n) =>
        c.planning.saveScenario({
          version: bas.version,
          scenario: { ...bas.scenario, description: `Version ${n}` },
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes) {
      if (o.status === 'rejected') expect((o.reason as { code: string }).code).toBe('CONFLICT');
    }
    expect(await auditCount('planning.saveScenario')).toBe(1);
  });

  it('two simultaneous creations of one new scenario: one is saved, the other is a conflict', async () => {
    const callers = await Promise.all([1, 2, 3].map(() => callAs(handle.db, 'itd')));
    const scenario = { code: 'snabb', name: 'Snabb', description: '', needs: [], leftOut: [] };
    const outcomes = await Promise.allSettled(
      callers.map((c) => c.planning.saveScenario({ version: 0, scenario })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes) {
      // Never an internal error: the database's unique key answers as a conflict.
      if (o.status === 'rejected') expect((o.reason as { code: string }).code).toBe('CONFLICT');
    }
  });

  it('adding a need to Bas raises its cost, and the frame can be raised to hold it', async () => {
    const itd = await callAs(handle.db, 'itd');
    const before = await itd.planning.scenarios({});
    const bas = before.scenarios[0]!;
    const scenario = {
      ...bas.scenario,
      needs: [...bas.scenario.needs, { needCode: 'ai-plattform', startYear: 2027 }],
      leftOut: bas.scenario.leftOut.filter((l) => l.needCode !== 'ai-plattform'),
    };
    await itd.planning.saveScenario({ version: bas.version, scenario });
    const after = (await itd.planning.scenarios({})).scenarios[0]!;
    expect(after.outcome.totals.investmentTkr).toBe(bas.outcome.totals.investmentTkr + 4000);
    expect(after.outcome.years.find((y) => y.year === 2027)!.overFrame).toBe(true);

    const frame = await itd.planning.frame();
    const raised = frame.map((f) => ({ ...f, tkr: f.year === 2027 ? 12_000 : f.tkr }));
    const stale = await failureOf(itd.planning.saveFrame({ expected: raised, frame: raised }));
    expect(stale.code).toBe('CONFLICT');
    await itd.planning.saveFrame({ expected: frame, frame: raised });
    const reread = (await itd.planning.scenarios({})).scenarios[0]!;
    expect(reread.outcome.years.find((y) => y.year === 2027)!.overFrame).toBe(false);
  });
});

describe('a unit proposes, itd decides', () => {
  it('a proposal is for the unit itself; itd declines it with a reason the unit can read', async () => {
    const reporter = await callAs(handle.db, 'reporterA');
    const forOthers = await failureOf(
      reporter.planning.proposeNeed({ fields: fields({ status: 'proposed' }) }),
    );
    expect(forOthers).toMatchObject({ code: 'BAD_REQUEST', message: 'ownUnitOnly' });
    const accepted = await failureOf(
      reporter.planning.proposeNeed({
        fields: fields({ ownerUnits: ['miljoforvaltningen'], status: 'accepted' }),
      }),
    );
    expect(accepted).toMatchObject({ code: 'BAD_REQUEST', message: 'proposedOnly' });
    const proposed = await reporter.planning.proposeNeed({
      fields: fields({
        title: 'Mobil tillsyn',
        ownerUnits: ['miljoforvaltningen'],
        status: 'proposed',
      }),
    });

    const itd = await callAs(handle.db, 'itd');
    const noReason = await failureOf(
      itd.planning.decideNeed({
        code: proposed.code,
        version: 1,
        decision: 'declined',
        reason: null,
      }),
    );
    expect(noReason.code).toBe('BAD_REQUEST');
    await itd.planning.decideNeed({
      code: proposed.code,
      version: 1,
      decision: 'declined',
      reason: 'Ryms i förvaltningens egen budget.',
    });
    const seen = (await reporter.planning.needs()).needs.find((n) => n.code === proposed.code)!;
    expect(seen).toMatchObject({
      status: 'declined',
      decisionReason: 'Ryms i förvaltningens egen budget.',
      proposedByUnit: 'miljoforvaltningen',
    });
    const twice = await failureOf(
      itd.planning.decideNeed({
        code: proposed.code,
        version: 2,
        decision: 'accepted',
        reason: null,
      }),
    );
    expect(twice).toMatchObject({ code: 'BAD_REQUEST', message: 'notProposed' });
  });
});
