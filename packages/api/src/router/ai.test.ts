import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import type { AiUseCaseFields } from '@lagesbild/domain';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs, failureOf } from '../testing/users';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await openTestDatabase();
});
afterEach(() => handle.close());

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await handle.db.execute(query)) as unknown as { rows: T[] }).rows;
}
const auditCount = async (action: string) =>
  (
    await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = ${action}`,
    )
  )[0]!.n;

const fields = (overrides: Partial<AiUseCaseFields> = {}): AiUseCaseFields => ({
  title: 'Sortering av inkommande klagomål',
  description: 'Förslag på ärendetyp för klagomål på buller och lukt.',
  unitSlug: 'miljoforvaltningen',
  value: 3,
  effort: 2,
  readiness: { data: 3, legal: 2, competence: 3, platform: 4, testing: 3 },
  status: 'idea',
  dependsOnNeeds: ['ai-plattform'],
  ...overrides,
});

describe('the register answers which AI applications are within reach', () => {
  it('follows the rule in force, says why the others are not, and a changed rule changes the answer', async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const before = await viewer.ai.register();
    expect(before.rule).toMatchObject({ minEach: 2, minMean: 3, maxEffort: 3, version: 0 });
    expect(before.useCases).toHaveLength(12);
    const within = before.useCases.filter((u) => u.reach.withinReach).map((u) => u.code);
    expect(within.sort()).toEqual([
      'chattbot-lokalbokning',
      'kodassistent-systemforvaltning',
      'motesanteckningar',
      'oversattning-till-vardnadshavare',
    ]);
    expect(before.weakest).toEqual({ dimension: 'testing', mean: 1.6 });
    const bygglov = before.useCases.find((u) => u.code === 'bygglov-kompletteringar')!;
    expect(bygglov.unit.name).toBe('Stadsbyggnadskontoret');
    expect(bygglov.dependsOnNeeds.map((n) => n.code)).toContain('ai-plattform');
    expect(bygglov.reach.shortfalls).toContainEqual({
      kind: 'effort',
      value: 4,
      allowed: 3,
    });
    expect(bygglov.reach.shortfalls).toContainEqual({
      kind: 'dimension',
      dimension: 'platform',
      value: 1,
      required: 2,
    });

    const itd = await callAs(handle.db, 'itd');
    const saved = await itd.ai.saveReachRule({
      version: 0,
      rule: { minEach: 2, minMean: 2.4, maxEffort: 3 },
    });
    expect(saved).toMatchObject({ minMean: 2.4, version: 1, updatedBy: 'Ida Ledning (ITD)' });
    const after = await viewer.ai.register();
    expect(after.rule).toMatchObject({ minMean: 2.4, version: 1 });
    const nowWithin = after.useCases.filter((u) => u.reach.withinReach).map((u) => u.code);
    expect(nowWithin).toHaveLength(5);
    expect(nowWithin).toContain('sokning-i-tillsynsarenden');
  });

  it('changes the rule only against the version read, and audits it', async () => {
    const itd = await callAs(handle.db, 'itd');
    await itd.ai.saveReachRule({ version: 0, rule: { minEach: 1, minMean: 2, maxEffort: 4 } });
    const stale = await failureOf(
      itd.ai.saveReachRule({ version: 0, rule: { minEach: 3, minMean: 4, maxEffort: 2 } }),
    );
    expect(stale).toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: 1, current: { minEach: 1, minMean: 2, maxEffort: 4 } },
    });
    const second = await itd.ai.saveReachRule({
      version: 1,
      rule: { minEach: 3, minMean: 4, maxEffort: 2 },
    });
    expect(second.version).toBe(2);
    const { rule } = await itd.ai.register();
    expect(rule).toMatchObject({ minEach: 3, minMean: 4, maxEffort: 2, version: 2 });
    expect(await auditCount('ai.saveReachRule')).toBe(2);
  });
});

describe('units and ITD keep the use cases', () => {
  it('a reporter adds and changes its own unit’s use case; the code comes from the title', async () => {
    const reporter = await callAs(handle.db, 'reporterA');
    const created = await reporter.ai.saveUseCase({ code: null, version: 0, fields: fields() });
    expect(created).toEqual({ code: 'sortering-av-inkommande-klagomal', version: 1 });
    const changed = await reporter.ai.saveUseCase({
      code: created.code,
      version: 1,
      fields: fields({ status: 'pilot', dependsOnNeeds: [] }),
    });
    expect(changed.version).toBe(2);
    const { useCases } = await reporter.ai.register();
    expect(useCases.find((u) => u.code === created.code)).toMatchObject({
      status: 'pilot',
      dependsOnNeeds: [],
      updatedBy: 'Rapportör, Miljöförvaltningen',
      reach: { withinReach: true, meanReadiness: 3, shortfalls: [] },
    });
    expect(await auditCount('ai.saveUseCase')).toBe(2);
  });

  it('links a use case to its unit’s proposal; the board sees the link once ITD has accepted it', async () => {
    const reporter = await callAs(handle.db, 'reporterA');
    const need = await reporter.planning.proposeNeed({
      fields: {
        title: 'Språkmodell för tillsynsprotokoll',
        description: '',
        ownerUnits: ['miljoforvaltningen'],
        capabilities: [],
        plannedStart: 2027,
        durationYears: 1,
        oneOffTkr: [400],
        operatingTkr: 0,
        benefitTkr: [],
        fte: [],
        dependsOn: [],
        constraints: [],
        risk: 2,
        priority: 2,
        status: 'proposed',
      },
    });
    const created = await reporter.ai.saveUseCase({
      code: null,
      version: 0,
      fields: fields({ dependsOnNeeds: ['ai-plattform', need.code] }),
    });
    const linked = async (who: 'reporterA' | 'viewer') =>
      (await (await callAs(handle.db, who)).ai.register()).useCases
        .find((u) => u.code === created.code)!
        .dependsOnNeeds.map((n) => n.code);
    expect(await linked('reporterA')).toEqual(['ai-plattform', need.code]);
    expect(await linked('viewer')).toEqual(['ai-plattform']);

    const itd = await callAs(handle.db, 'itd');
    await itd.planning.decideNeed({
      code: need.code,
      version: need.version,
      decision: 'accepted',
      reason: null,
    });
    expect(await linked('viewer')).toEqual(['ai-plattform', need.code]);
  });

  it('refuses a reporter another unit’s use case at the unit field, and changes nothing', async () => {
    const reporter = await callAs(handle.db, 'reporterA');
    const other = await failureOf(
      reporter.ai.saveUseCase({
        code: null,
        version: 0,
        fields: fields({ unitSlug: 'kulturforvaltningen' }),
      }),
    );
    expect(other.code).toBe('BAD_REQUEST');
    expect(other.details).toEqual({ field: 'fields.unitSlug', code: 'ownUnitOnly' });
    // Taking Kulturförvaltningen's use case over to the reporter's own unit is refused too.
    const takeOver = await failureOf(
      reporter.ai.saveUseCase({ code: 'metadata-kulturarv', version: 1, fields: fields() }),
    );
    expect(takeOver.details).toEqual({ field: 'fields.unitSlug', code: 'ownUnitOnly' });
    const { useCases } = await reporter.ai.register();
    expect(useCases).toHaveLength(12);
    expect(useCases.find((u) => u.code === 'metadata-kulturarv')!.unit.slug).toBe(
      'kulturforvaltningen',
    );
    expect(await auditCount('ai.saveUseCase')).toBe(0);
  });

  it('refuses unknown needs and units at their field', async () => {
    const itd = await callAs(handle.db, 'itd');
    const need = await failureOf(
      itd.ai.saveUseCase({
        code: null,
        version: 0,
        fields: fields({ dependsOnNeeds: ['finns-inte'] }),
      }),
    );
    expect(need.details).toEqual({ field: 'fields.dependsOnNeeds', code: 'unknownNeed' });
    const unit = await failureOf(
      itd.ai.saveUseCase({ code: null, version: 0, fields: fields({ unitSlug: 'finns-inte' }) }),
    );
    expect(unit.details).toEqual({ field: 'fields.unitSlug', code: 'unknownUnit' });
  });

  it('a stale version is a conflict that carries what is saved now, and nothing changes', async () => {
    const itd = await callAs(handle.db, 'itd');
    const { useCases } = await itd.ai.register();
    const seeded = useCases.find((u) => u.code === 'forskoleplacering')!;
    const first = await itd.ai.saveUseCase({
      code: seeded.code,
      version: seeded.version,
      fields: fields({
        title: seeded.title,
        unitSlug: 'forskoleforvaltningen',
        status: 'pilot',
        dependsOnNeeds: ['ai-plattform'],
      }),
    });
    expect(first.version).toBe(seeded.version + 1);
    const stale = await failureOf(
      itd.ai.saveUseCase({
        code: seeded.code,
        version: seeded.version,
        fields: fields({ title: 'Något annat', unitSlug: 'forskoleforvaltningen' }),
      }),
    );
    expect(stale).toMatchObject({
      code: 'CONFLICT',
      details: {
        currentVersion: first.version,
        current: { title: seeded.title, status: 'pilot', dependsOnNeeds: ['ai-plattform'] },
      },
    });
    const after = (await itd.ai.register()).useCases.find((u) => u.code === seeded.code)!;
    expect(after).toMatchObject({ title: seeded.title, version: first.version, status: 'pilot' });
  });
});

describe('the competence picture answers whether the city has AI and test competence', () => {
  it('sums each closed round’s capacity reports and names where competence is missing', async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const view = await viewer.ai.competence();
    expect(view.rounds).toEqual(['2026-K2', '2026-K3']);
    const seeded = await rows<{ round: string; area: string; fte: string; level: string }>(sql`
      select r.code as round, c.area, sum(c.fte)::text as fte, avg(c.level)::text as level
      from capacity_competences c
      join capacity_reports p on p.id = c.report_id
      join rounds r on r.id = p.round_id
      where r.status = 'closed' and c.area in ('ai-och-data', 'test')
      group by r.code, c.area`);
    expect(seeded).toHaveLength(4);
    for (const s of seeded) {
      const point = view.movement.find((m) => m.roundCode === s.round && m.area === s.area)!;
      expect(point.fte).toBeCloseTo(Number(s.fte), 2);
      expect(point.meanLevel).toBeCloseTo(Number(s.level), 1);
      expect(point.reports).toBe(14);
    }
    const itd = view.units.find((u) => u.slug === 'itd')!;
    expect(itd).toMatchObject({ isItd: true, roundCode: '2026-K3', previousRoundCode: '2026-K2' });
    expect(itd.areas.find((a) => a.area === 'ai-och-data')).toMatchObject({
      fte: 2,
      fteChange: 0,
    });
    // Missing: in the latest report no FTE, no level, or a level of 2 or lower.
    const lacking = await rows<{ slug: string }>(sql`
      select u.slug from capacity_competences c
      join capacity_reports p on p.id = c.report_id
      join rounds r on r.id = p.round_id
      join units u on u.id = p.unit_id
      where r.code = '2026-K3' and c.area = 'test'
        and (c.fte = 0 or c.level is null or c.level <= 2)`);
    const missingTest = view.missing.find((m) => m.area === 'test')!;
    expect(missingTest.unitSlugs.sort()).toEqual(lacking.map((l) => l.slug).sort());
    expect(missingTest.unitSlugs.length).toBeGreaterThan(0);
    expect(missingTest.unitSlugs.length).toBeLessThan(14);
  });

  it('shows where units stand in AI and testing now beside the targets they set', async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const { direction } = await viewer.ai.competence();
    expect(direction.roundCode).toBe('2026-K3');
    expect(direction.horizon).toEqual({ from: 2026, to: 2030 });
    expect(direction.areas.map((a) => a.areaName)).toEqual(['AI', 'Testverksamhet']);
    const [ai] = direction.areas;
    const seeded = await rows<{ n: number }>(sql`
      select count(*)::int as n from assessments a
      join rounds r on r.id = a.round_id
      join capabilities c on c.id = a.capability_id
      join areas ar on ar.id = c.area_id
      where r.code = '2026-K3' and ar.code = 'ai' and not a.not_applicable
        and c.retired_in_version is null`);
    expect(ai!.current.n).toBe(seeded[0]!.n);
    expect(ai!.current.counts.reduce((s, c) => s + c, 0)).toBe(ai!.current.n);
    expect(ai!.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(ai!.targets.median).toBeGreaterThanOrEqual(ai!.current.median!);
  });
});
