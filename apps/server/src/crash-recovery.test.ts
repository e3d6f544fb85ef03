import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@lagesbild/db/client';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { selfReportFields } from './testing/self-report';
import { signInOverHttp, spawnServer, trpcGet } from './testing/server-process';

interface FormItem {
  capabilityCode: string;
  version: number;
  comment: string | null;
}

function save(url: string, cookie: string, round: string, item: FormItem, comment: string) {
  return fetch(`${url}/trpc/report.save`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      round,
      capabilityCode: item.capabilityCode,
      version: item.version,
      fields: selfReportFields(comment),
    }),
  });
}

// A unit whose report is still a draft in the demo's open round, so its form takes saves.
const UNIT = 'forskoleforvaltningen';
const REPORTER = `${UNIT}@demo.lagesbild.se`;

// Killing a process that holds the embedded database: PostgreSQL's own crash safety is its own.
describe.skipIf(inject('testTemplate').kind === 'postgres')('SIGKILL during writes', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lb-crash-'));
  });
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged save after a restart, and nothing half-written', async () => {
    const first = spawnServer({ DATA_DIR: dataDir, SEED_DEMO: 'true' });
    children.push(first.child);
    const url = await first.listening;
    const cookie = await signInOverHttp(url, REPORTER);
    const rounds = await trpcGet<{ code: string; status: string }[]>(
      url,
      cookie,
      'rounds.list',
      {},
    );
    const round = rounds.find((r) => r.status === 'open')!.code;
    const form = await trpcGet<{ items: FormItem[] }>(url, cookie, 'report.form', { round });
    const item = { ...form.items[0]! };

    const acknowledged: { version: number; comment: string }[] = [];
    for (let n = 1; n <= 20; n++) {
      const res = await save(url, cookie, round, item, `skrivning ${n}`);
      expect(res.status).toBe(200);
      item.version = (
        (await res.json()) as { result: { data: { version: number } } }
      ).result.data.version;
      acknowledged.push({ version: item.version, comment: `skrivning ${n}` });
    }
    // One more save in flight when the process dies: it may or may not have committed.
    const inFlight = save(url, cookie, round, item, 'skrivning 21').catch(() => null);
    await new Promise((r) => setTimeout(r, 5));
    first.child.kill('SIGKILL');
    await first.exited;
    await inFlight;

    const second = spawnServer({ DATA_DIR: dataDir, SEED_DEMO: 'true' });
    children.push(second.child);
    const again = await second.listening;
    const cookie2 = await signInOverHttp(again, REPORTER);
    const after = await trpcGet<{ items: FormItem[] }>(again, cookie2, 'report.form', { round });
    const saved = after.items.find((i) => i.capabilityCode === item.capabilityCode)!;
    const last = acknowledged.at(-1)!;
    if (saved.version === last.version) expect(saved.comment).toBe(last.comment);
    else expect(saved).toMatchObject({ version: last.version + 1, comment: 'skrivning 21' });
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    // Each save wrote its change and its history row together, or neither: the history ends at the
    // assessment's version and holds every acknowledged one once.
    const handle = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const result = await handle.db.execute(sql`
        select h.version from assessment_history h
        join assessments a on a.id = h.assessment_id
        join capabilities c on c.id = a.capability_id
        join units u on u.id = a.unit_id
        join rounds r on r.id = a.round_id
        where c.code = ${item.capabilityCode} and u.slug = ${UNIT} and r.code = ${round}
        order by h.version`);
      const versions = (result as unknown as { rows: { version: number }[] }).rows.map((r) =>
        Number(r.version),
      );
      expect(versions.at(-1)).toBe(saved.version);
      expect(new Set(versions).size).toBe(versions.length);
      for (const { version } of acknowledged) expect(versions).toContain(version);
    } finally {
      await handle.close();
    }
  });
});
