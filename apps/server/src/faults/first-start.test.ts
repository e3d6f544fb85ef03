import type { ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { openDatabase } from '@lagesbild/db/client';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { selfReportFields } from '../testing/self-report';
import { signInOverHttp, spawnServer, trpcGet } from '../testing/server-process';

/** Every file under a folder with its bytes, to show that nothing in it changed. */
async function snapshotFolder(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    files[relative(root, path)] = entry.isFile() ? (await readFile(path)).toString('base64') : '/';
  }
  return files;
}

async function waitUntil(check: () => boolean, exited: Promise<unknown>) {
  let gone = false;
  void exited.then(() => (gone = true));
  while (!check()) {
    if (gone) throw new Error('the server finished its start before the moment to kill it');
    await new Promise((r) => setTimeout(r, 10));
  }
}

// A unit whose report is still a draft in the demo's open round, so its form takes saves.
const REPORTER = 'forskoleforvaltningen@demo.lagesbild.se';

// About the embedded database's data folder; a PostgreSQL server makes its own databases.
describe.skipIf(inject('testTemplate').kind === 'postgres')('the first start', () => {
  let root: string;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'lb-first-'));
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await rm(root, { recursive: true, force: true });
  });

  const start = (dataDir: string) => {
    const server = spawnServer({ DATA_DIR: dataDir, SEED_DEMO: 'true', LOG_LEVEL: 'info' });
    children.push(server.child);
    return server;
  };

  it('killed at any moment, it leaves no half database, and the next start completes the demo city', async () => {
    const dataDir = join(root, 'data');
    const staging = `${dataDir}.initialising`;
    // Written by this start, not left over from the one killed before it.
    const writtenSince = (path: string, since: number) =>
      existsSync(path) && statSync(path).mtimeMs >= since;
    const moments: [string, (output: string, since: number) => boolean][] = [
      ['as the new database’s folder appears', () => existsSync(staging)],
      [
        'while PostgreSQL writes its files',
        (_, since) => writtenSince(join(staging, 'PG_VERSION'), since),
      ],
      // seedDemo has committed, seedDemoPlan has not: the window a first start used to leave half-done.
      [
        'between seeding the city and its plan',
        (output) => output.includes('seeded the demo city'),
      ],
    ];
    for (const [moment, reached] of moments) {
      const since = Date.now();
      const server = start(dataDir);
      await waitUntil(() => reached(server.output(), since), server.exited);
      server.child.kill('SIGKILL');
      await server.exited;
      expect(existsSync(join(dataDir, 'PG_VERSION')), moment).toBe(false);
    }

    const server = start(dataDir);
    const url = await server.listening;
    const seeded = /seeded the demo city: (\d+) assessments in (\d+) rounds/.exec(server.output());
    expect(seeded).not.toBeNull();
    const [assessments, rounds] = [Number(seeded![1]), Number(seeded![2])];
    expect(existsSync(staging)).toBe(false);

    const cookie = await signInOverHttp(url, 'itd@demo.lagesbild.se');
    expect(await trpcGet<unknown[]>(url, cookie, 'rounds.list')).toHaveLength(rounds);
    const overview = await trpcGet<{ rounds: unknown[] }>(url, cookie, 'maturity.overview');
    expect(overview.rounds.length).toBeGreaterThan(0);
    const editions = await trpcGet<{ year: number; status: string }[]>(
      url,
      cookie,
      'plan.editions',
    );
    expect(editions.map((e) => [e.year, e.status]).sort()).toEqual([
      [2026, 'published'],
      [2027, 'draft'],
    ]);

    // SIGTERM after an acknowledged save: a clean exit, the lock released, the save kept.
    const reporter = await signInOverHttp(url, REPORTER);
    const open = (await trpcGet<{ code: string; status: string }[]>(url, reporter, 'rounds.list'))
      .filter((r) => r.status === 'open')
      .map((r) => r.code)[0]!;
    const form = await trpcGet<{ items: { capabilityCode: string; version: number }[] }>(
      url,
      reporter,
      'report.form',
      { round: open },
    );
    const item = form.items[0]!;
    const saved = await fetch(`${url}/trpc/report.save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: reporter },
      body: JSON.stringify({
        round: open,
        capabilityCode: item.capabilityCode,
        version: item.version,
        fields: selfReportFields('Sparad före SIGTERM.'),
      }),
    });
    expect(saved.status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(await readdir(dataDir)).not.toContain('lagesbild.lock');

    const handle = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const counted = await handle.db.execute(sql`select count(*)::int as n from assessments`);
      expect((counted as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(assessments);
      const comments = await handle.db.execute(
        sql`select comment from assessments where comment = ${'Sparad före SIGTERM.'}`,
      );
      expect((comments as unknown as { rows: unknown[] }).rows).toHaveLength(1);
    } finally {
      await handle.close();
    }
    // Four first starts, three cut short: minutes on a busy machine. Nothing here measures speed.
  }, 600_000);

  it('refuses a folder of someone else’s files with a plain sentence, and changes none of them', async () => {
    const dataDir = join(root, 'documents');
    await mkdir(join(dataDir, 'scans'), { recursive: true });
    await writeFile(join(dataDir, 'budget.xlsx'), Buffer.from([0x50, 0x4b, 3, 4, 0, 1, 2]));
    await writeFile(join(dataDir, 'scans', 'protokoll.txt'), 'Kommunstyrelsen 2026-11-12');
    const before = await snapshotFolder(dataDir);

    const server = start(dataDir);
    expect(await Promise.race([server.exited, server.listening.then(() => 'started')])).toBe(1);
    expect(server.output()).toContain(
      `The data folder ${dataDir} holds files but no Lägesbild database`,
    );
    expect(await snapshotFolder(dataDir)).toEqual(before);
    expect(existsSync(`${dataDir}.initialising`)).toBe(false);
  });
});
