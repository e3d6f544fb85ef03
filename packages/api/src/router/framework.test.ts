import type { DatabaseHandle } from '@lagesbild/db/client';
import { loadRoundExport } from '@lagesbild/db/repositories';
import { countRows, openTestDatabase } from '@lagesbild/db/testing';
import type { FrameworkDocument } from '@lagesbild/domain';
import type { TRPCError } from '@trpc/server';
import { sql, type SQL } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fieldIssuesOf } from '../errors';
import { writeFrameworkFile } from '../exports/framework-files';
import { callAs, failureOf } from '../testing/users';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await openTestDatabase();
});
afterEach(() => handle.close());

const count = (query: SQL) => countRows(handle.db, query);

const assessmentsOf = (code: string) =>
  count(sql`select count(*)::int as n from assessments a join capabilities c on c.id = a.capability_id
            where c.code = ${code}`);

const asYaml = (document: FrameworkDocument) => ({
  text: writeFrameworkFile(document, 'yaml').toString('utf8'),
  format: 'yaml' as const,
});

async function currentDocument() {
  const itd = await callAs(handle.db, 'itd');
  return structuredClone((await itd.framework.current()).document);
}

/** Version 2 of the demo framework: the first capability renamed, the second retired, one added. */
async function secondVersion() {
  const doc = await currentDocument();
  const area = doc.areas[0]!;
  const [renamed, retired] = area.capabilities as [
    FrameworkDocument['areas'][0]['capabilities'][0],
    FrameworkDocument['areas'][0]['capabilities'][0],
  ];
  const oldCode = renamed.code;
  const retiredCode = retired.code;
  area.capabilities = [
    { ...renamed, code: `${oldCode}-ny`, name: `${renamed.name} (ny)`, replaces: [oldCode] },
    ...area.capabilities.slice(2),
    { ...renamed, code: 'ny-formaga', name: 'Ny förmåga' },
  ];
  doc.version = 2;
  doc.retired = [{ code: retiredCode, successor: `${oldCode}-ny`, reason: 'Ingår nu i den nya.' }];
  return { doc, oldCode, newCode: `${oldCode}-ny`, retiredCode };
}

describe('the framework as data', () => {
  it('shows the demo framework as version 1 with its history, to itd and viewers', async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const current = await viewer.framework.current();
    expect(current.document).toMatchObject({ slug: 'lagesbild-2026', version: 1 });
    expect(current.document.areas).toHaveLength(10);
    expect(current.history).toMatchObject([{ version: 1, importedBy: 'Demodata' }]);
    expect(current.openRound).toBe('2026-K4');
  });

  it('imports an export back as no change at all, in YAML and JSON', async () => {
    const itd = await callAs(handle.db, 'itd');
    const { document } = await itd.framework.current();
    for (const format of ['yaml', 'json'] as const) {
      const text = writeFrameworkFile(document, format).toString('utf8');
      const preview = await itd.framework.preview({ text, format });
      expect(preview).toMatchObject({ errors: [], plan: { kind: 'unchanged', added: [] } });
      const done = await itd.framework.import({ text, format, expectedVersion: 1 });
      expect(done.kind).toBe('unchanged');
    }
    expect((await itd.framework.current()).document).toEqual(document);
    expect(await count(sql`select count(*)::int as n from framework_versions`)).toBe(1);
  });

  it('renames, retires and adds in a new version, keeping every assessment and its history', async () => {
    const itd = await callAs(handle.db, 'itd');
    const { doc, oldCode, newCode, retiredCode } = await secondVersion();
    const before = {
      renamed: await assessmentsOf(oldCode),
      retired: await assessmentsOf(retiredCode),
    };
    const preview = await itd.framework.preview(asYaml(doc));
    expect(preview.errors).toEqual([]);
    expect(preview.plan).toMatchObject({
      kind: 'newVersion',
      version: 2,
      renamed: [{ from: oldCode, to: newCode }],
      retired: [{ code: retiredCode, successor: newCode }],
      added: [{ code: 'ny-formaga' }],
    });

    const plan = await itd.framework.import({ ...asYaml(doc), expectedVersion: 1 });
    expect(plan).toEqual(preview.plan);
    expect(await assessmentsOf(newCode)).toBe(before.renamed);
    expect(await assessmentsOf(retiredCode)).toBe(before.retired);
    const current = await itd.framework.current();
    expect(current.document.version).toBe(2);
    expect(current.aliases).toEqual({ [oldCode]: newCode });
    expect(current.history.map((h) => h.version)).toEqual([2, 1]);
    expect(
      await count(sql`select count(*)::int as n from audit_log where action = 'framework.import'`),
    ).toBe(1);

    // The old code still finds the capability, with its whole history.
    const page = await itd.maturity.capability({ code: oldCode });
    expect(page.capability.code).toBe(newCode);
    expect(page.spreadByRound.some((s) => s.spread !== null)).toBe(true);
    // A retired capability leaves the current picture but keeps its own page.
    const overview = await itd.maturity.overview({});
    expect(JSON.stringify(overview)).not.toContain(`"${retiredCode}"`);
    expect((await itd.maturity.capability({ code: retiredCode })).capability.code).toBe(
      retiredCode,
    );

    // The open round's form leaves it out; a round opened afterwards has the new one instead.
    const a = await callAs(handle.db, 'reporterA');
    const open = await a.report.form({ round: '2026-K4' });
    expect(open.items.map((i) => i.capabilityCode)).not.toContain(retiredCode);
    expect(open.progress.total).toBe(open.items.length);
    const [round] = await itd.rounds.list();
    await itd.rounds.close({ code: round!.code, version: round!.version });
    await itd.rounds.open({
      code: '2027-K1',
      startsOn: '2027-01-01',
      endsOn: '2027-03-31',
      deadline: '2027-03-15',
    });
    const next = await a.report.form({ round: '2027-K1' });
    const codes = next.items.map((i) => i.capabilityCode);
    expect(codes).toContain('ny-formaga');
    expect(codes).toContain(newCode);
    expect(codes).not.toContain(retiredCode);
    const progress = await itd.rounds.progress({ round: '2027-K1' });
    expect(progress.units[0]!.total).toBe(codes.length);
    // History stays readable: the last closed round's export still has the retired capability.
    const exported = await loadRoundExport(handle.db, 'malmo', '2026-K3');
    expect(exported.assessments.some((r) => r.capability === retiredCode)).toBe(true);
  });

  it('merges two capabilities: the first becomes the new one, the other points on to it', async () => {
    const itd = await callAs(handle.db, 'itd');
    const doc = await currentDocument();
    const area = doc.areas[1]!;
    const [first, second, ...rest] = area.capabilities;
    const kept = {
      first: await assessmentsOf(first!.code),
      second: await assessmentsOf(second!.code),
    };
    area.capabilities = [
      {
        ...first!,
        code: 'sammanslagen',
        name: 'Sammanslagen',
        replaces: [first!.code, second!.code],
      },
      ...rest,
    ];
    doc.version = 2;
    const plan = await itd.framework.import({ ...asYaml(doc), expectedVersion: 1 });
    expect(plan).toMatchObject({
      renamed: [{ from: first!.code, to: 'sammanslagen' }],
      merged: [{ into: 'sammanslagen', codes: [second!.code] }],
    });
    expect(await assessmentsOf('sammanslagen')).toBe(kept.first);
    expect(await assessmentsOf(second!.code)).toBe(kept.second);
    const current = await itd.framework.current();
    expect(current.document.retired).toEqual([{ code: second!.code, successor: 'sammanslagen' }]);

    // Retiring the merged capability later leaves no successor that is not a capability any more.
    const third = structuredClone(current.document);
    third.areas[1]!.capabilities.shift();
    third.version = 3;
    third.retired = [...(third.retired ?? []), { code: 'sammanslagen' }];
    await itd.framework.import({ ...asYaml(third), expectedVersion: 2 });
    const retired = (await itd.framework.current()).document.retired ?? [];
    expect(retired.map((r) => r.code).sort()).toEqual([second!.code, 'sammanslagen'].sort());
    expect(retired.every((r) => r.successor === undefined)).toBe(true);
  });

  it('refuses a stale version as a conflict, and a version that is not the next by its field', async () => {
    const itd = await callAs(handle.db, 'itd');
    const { doc } = await secondVersion();
    await itd.framework.import({ ...asYaml(doc), expectedVersion: 1 });
    // Someone else imported version 2 while this page still showed version 1.
    const stale = await failureOf(itd.framework.import({ ...asYaml(doc), expectedVersion: 1 }));
    expect(stale).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 2 } });
    // The same document again is no change: its `replaces` names a code that already leads there.
    expect((await itd.framework.import({ ...asYaml(doc), expectedVersion: 2 })).kind).toBe(
      'unchanged',
    );
    const skipped = await itd.framework
      .import({ ...asYaml({ ...doc, version: 4, name: 'Hoppar över' }), expectedVersion: 2 })
      .catch((e: TRPCError) => e);
    expect(fieldIssuesOf(skipped as TRPCError)).toEqual([
      { path: 'version', code: 'versionNotNext', message: 'versionNotNext' },
    ]);
  });

  it('lists every problem of an invalid file with its path, and writes nothing', async () => {
    const itd = await callAs(handle.db, 'itd');
    const doc = await currentDocument();
    doc.version = 2;
    doc.areas[2]!.capabilities[0]!.levels.pop();
    doc.areas[0]!.capabilities.splice(1, 1);
    const preview = await itd.framework.preview(asYaml(doc));
    expect(preview.plan).toBeNull();
    expect(preview.errors).toEqual([
      { path: 'areas[2].capabilities[0].levels[4]', code: 'descriptorMissing' },
    ]);
    doc.areas[2]!.capabilities[0]!.levels = (
      await currentDocument()
    ).areas[2]!.capabilities[0]!.levels;
    const missing = await itd.framework.preview(asYaml(doc));
    expect(missing.errors).toMatchObject([{ path: 'retired', code: 'capabilityMissing' }]);
    const refused = await itd.framework
      .import({ ...asYaml(doc), expectedVersion: 1 })
      .catch((e: TRPCError) => e);
    expect((refused as TRPCError).code).toBe('BAD_REQUEST');
    expect(fieldIssuesOf(refused as TRPCError)).toMatchObject([{ path: 'retired' }]);
    const syntax = await itd.framework.preview({ text: 'slug: [ett\nname: x', format: 'yaml' });
    expect(syntax.errors).toMatchObject([{ path: '', code: 'syntax' }]);
    expect((await itd.framework.current()).document.version).toBe(1);
    expect(await count(sql`select count(*)::int as n from framework_versions`)).toBe(1);
  });

  it('creates a new framework only when no round is open; rounds opened afterwards use it', async () => {
    const itd = await callAs(handle.db, 'itd');
    const doc = await currentDocument();
    const other = { ...doc, slug: 'eget-ramverk', name: 'Eget ramverk', version: 1 };
    delete other.retired;
    const refused = await failureOf(itd.framework.import({ ...asYaml(other), expectedVersion: 1 }));
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', message: 'roundOpen' });
    const [round] = await itd.rounds.list();
    await itd.rounds.close({ code: round!.code, version: round!.version });
    const plan = await itd.framework.import({ ...asYaml(other), expectedVersion: 1 });
    expect(plan.kind).toBe('newFramework');
    expect((await itd.framework.current()).document.slug).toBe('eget-ramverk');
    await itd.rounds.open({
      code: '2027-K1',
      startsOn: '2027-01-01',
      endsOn: '2027-03-31',
      deadline: '2027-03-15',
    });
    expect(
      await count(sql`select count(*)::int as n from rounds r join frameworks f on f.id = r.framework_id
                      where r.code = '2027-K1' and f.slug = 'eget-ramverk'`),
    ).toBe(1);
  });

  it('lets only itd preview and import', async () => {
    const text = writeFrameworkFile(await currentDocument(), 'json').toString('utf8');
    for (const who of ['viewer', 'reporterA'] as const) {
      const caller = await callAs(handle.db, who);
      expect(await failureOf(caller.framework.preview({ text, format: 'json' }))).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(
        await failureOf(caller.framework.import({ text, format: 'json', expectedVersion: 1 })),
      ).toMatchObject({ code: 'FORBIDDEN' });
    }
    const reporter = await callAs(handle.db, 'reporterA');
    expect(await failureOf(reporter.framework.current())).toMatchObject({ code: 'FORBIDDEN' });
  });
});
