import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createCaller, createContextInner } from '@lagesbild/api';
import { readEveryTable, restoreBackup, writeBackup } from '@lagesbild/db/backup';
import {
  lockDataFolder,
  openDatabase,
  type Database,
  type DatabaseHandle,
} from '@lagesbild/db/client';
import { findLocalAccount } from '@lagesbild/db/repositories';
import { openTestDatabase } from '@lagesbild/db/testing';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInOverHttp, spawnServer } from './testing/server-process';

const template = inject('testTemplate');
/** A PostgreSQL server to restore into: the run's own, or the one DATABASE_URL names for a PGlite run. */
const adminUrl = template.kind === 'postgres' ? template.adminUrl : process.env.DATABASE_URL;
const NOW = () => new Date('2026-11-27T10:00:00Z');

async function callAs(db: Database, email: string) {
  const found = await findLocalAccount(db, 'malmo', email);
  if (!found) throw new Error(`no account ${email}`);
  const { passwordHash: _p, disabled: _d, ...user } = found;
  return createCaller(createContextInner({ db, organisationSlug: 'malmo', user, now: NOW }));
}

/** What the dashboards show a reader: every overview and register, as the API answers them. */
async function readDashboards(db: Database) {
  const ks = await callAs(db, 'ks@demo.lagesbild.se');
  return JSON.parse(
    JSON.stringify({
      maturity: await ks.maturity.overview({}),
      needs: await ks.planning.needs(),
      frame: await ks.planning.frame(),
      benefits: await ks.benefits.register(),
      factors: await ks.factors.register(),
      ai: await ks.ai.register(),
      plans: await ks.plan.editions(),
    }),
  ) as Record<string, unknown>;
}

/** A reporter changes an answer: a new assessment version, a history row and an audit entry. */
async function reportOneAnswer(db: Database, comment: string) {
  const reporter = await callAs(db, 'miljoforvaltningen@demo.lagesbild.se');
  const form = await reporter.report.form({ round: '2026-K4' });
  const item = form.items.find((i) => !i.notApplicable)!;
  await reporter.report.save({
    round: '2026-K4',
    capabilityCode: item.capabilityCode,
    version: item.version,
    fields: {
      selfRating: item.selfRating === 5 ? 4 : (item.selfRating ?? 2) + 1,
      targetLevel: item.targetLevel,
      targetYear: item.targetYear,
      notApplicable: false,
      evidence: item.evidence,
      confidence: item.confidence,
      comment,
    },
  });
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(text).finally(() => client.end());
}

/** A new, empty PostgreSQL database; dropping it is the caller's. */
async function createEmptyPostgres(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `lbtest_restore_${randomBytes(4).toString('hex')}`;
  await adminQuery(url, `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: () => adminQuery(url, `drop database if exists ${name} with (force)`),
  };
}

describe('the dashboards after a backup and restore into the other database kind', () => {
  let source: DatabaseHandle;
  let target: DatabaseHandle;
  let dropTarget = async () => {};
  let auditRowsBefore: number;
  beforeAll(async () => {
    source = await openTestDatabase();
    auditRowsBefore = (await readEveryTable(source.db)).get('audit_log')!.length;
    await reportOneAnswer(source.db, 'Ändrat före säkerhetskopian');
    const file = new PassThrough();
    const chunks: Buffer[] = [];
    file.on('data', (c: Buffer) => chunks.push(c));
    await writeBackup(source, file);
    if (template.kind === 'pglite' && adminUrl) {
      const empty = await createEmptyPostgres(adminUrl);
      target = await openDatabase({ kind: 'postgres', url: empty.url });
      dropTarget = empty.drop;
    } else {
      target = await openDatabase({ kind: 'pglite' });
    }
    const input = new PassThrough();
    input.end(Buffer.concat(chunks));
    await restoreBackup(target, input);
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
    await dropTarget();
  });

  it('restores every table row for row, the history and audit log included', async () => {
    const before = await readEveryTable(source.db);
    const after = await readEveryTable(target.db);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [table, rows] of before) expect(after.get(table), table).toEqual(rows);
    // The write before the backup is in its history and its audit log.
    expect(after.get('audit_log')!.length).toBeGreaterThan(auditRowsBefore);
    expect(after.get('assessment_history')!.some((r) => r.includes('Ändrat före'))).toBe(true);
  });

  it('shows the same numbers on every dashboard', async () => {
    expect(await readDashboards(target.db)).toEqual(await readDashboards(source.db));
  });

  it('takes new writes on the restored database', async () => {
    await reportOneAnswer(target.db, 'Ändrat efter återläsningen');
    const after = await readEveryTable(target.db);
    expect(after.get('assessment_history')!.some((r) => r.includes('efter återläsningen'))).toBe(
      true,
    );
  });
});

const cli = (name: string) => new URL(`./${name}`, import.meta.url).pathname;

/** A command as an operator runs it; the test run's own DATABASE_URL is never inherited. */
function runCli(script: string, args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _url, DATABASE_MIGRATION_URL: _owner, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', cli(script), ...args], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

// The documented move from the embedded database to PostgreSQL, once: the engines' round trips are above.
describe.skipIf(template.kind !== 'pglite' || !adminUrl)(
  'pnpm backup on the embedded database, pnpm restore into PostgreSQL',
  () => {
    let folder: string;
    let dataDir: string;
    let target: { url: string; drop(): Promise<void> };
    let sourceOverview: unknown;
    beforeAll(async () => {
      folder = await mkdtemp(join(tmpdir(), 'lb-backup-cli-'));
      dataDir = join(folder, 'pglite');
      // The demo with one change, in a data folder as a stopped server leaves it.
      const demo = await openTestDatabase();
      await reportOneAnswer(demo.db, 'Före flytten');
      const file = new PassThrough();
      const chunks: Buffer[] = [];
      file.on('data', (c: Buffer) => chunks.push(c));
      await writeBackup(demo, file);
      sourceOverview = JSON.parse(
        JSON.stringify(await (await callAs(demo.db, 'ks@demo.lagesbild.se')).maturity.overview({})),
      );
      await demo.close();
      const embedded = await openDatabase({ kind: 'pglite', dataDir });
      const input = new PassThrough();
      input.end(Buffer.concat(chunks));
      await restoreBackup(embedded, input);
      await embedded.close();
      target = await createEmptyPostgres(adminUrl!);
    });
    afterAll(async () => {
      await target?.drop();
      await rm(folder, { recursive: true, force: true });
    });

    it('moves the data, and the server on PostgreSQL shows the same dashboard', async () => {
      const file = join(folder, 'move.jsonl.gz');
      const backup = await runCli('backup-cli.ts', [file], { DATA_DIR: dataDir });
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(existsSync(file)).toBe(true);
      // Password hashes and sessions are inside: only the owner may read the file.
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(backup.stdout).toMatch(/audit_log\s+\d+/);

      const restore = await runCli('restore-cli.ts', [file], { DATABASE_URL: target.url });
      expect(restore.stderr).toBe('');
      expect(restore.code).toBe(0);

      const server = spawnServer({ DATABASE_URL: target.url, SEED_DEMO: 'false' });
      try {
        const url = await server.listening;
        const cookie = await signInOverHttp(url, 'ks@demo.lagesbild.se');
        const res = await fetch(`${url}/trpc/maturity.overview?input=${encodeURIComponent('{}')}`, {
          headers: { cookie },
        });
        const body = (await res.json()) as { result: { data: unknown } };
        expect(body.result.data).toEqual(sourceOverview);
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }
    });

    it('pnpm audit:verify finds the chain whole, and names the entry someone edited', async () => {
      const intact = await runCli('audit-verify-cli.ts', [], { DATA_DIR: dataDir });
      expect(intact.stderr).toBe('');
      expect(intact.code).toBe(0);
      expect(intact.stdout).toMatch(/^audit log intact: \d+ entries, head [0-9a-f]{64}\n$/);

      // Someone with the owner's rights edits the first entry behind the application's back.
      const embedded = await openDatabase({ kind: 'pglite', dataDir });
      await embedded.db.transaction(async (tx) => {
        await tx.execute(sql.raw('alter table audit_log disable trigger audit_log_append_only'));
        await tx.execute(sql.raw(`update audit_log set actor_label = 'ingen' where chain_seq = 1`));
        await tx.execute(sql.raw('alter table audit_log enable trigger audit_log_append_only'));
      });
      await embedded.close();
      const broken = await runCli('audit-verify-cli.ts', [], { DATA_DIR: dataDir });
      expect(broken.code).toBe(1);
      expect(broken.stderr.trim()).toMatch(
        /^The audit log has been changed: its chain breaks at entry 1 of \d+\.$/,
      );
    });

    it('refuses, in one line, a restore into a database that has data', async () => {
      const again = await runCli('restore-cli.ts', [join(folder, 'move.jsonl.gz')], {
        DATABASE_URL: target.url,
      });
      expect(again.code).toBe(1);
      expect(again.stderr.trim()).toBe(
        'The target database already has data; restore only into an empty instance. Nothing was changed.',
      );
    });

    it('refuses a backup while a server holds the data folder, in one line', async () => {
      // This process taking the lock as a server does is what a running server looks like.
      const unlock = await lockDataFolder(dataDir);
      try {
        const refused = await runCli('backup-cli.ts', [join(folder, 'busy.jsonl.gz')], {
          DATA_DIR: dataDir,
        });
        expect(refused.code).toBe(1);
        expect(refused.stderr.trim().split('\n')).toHaveLength(1);
        expect(refused.stderr).toMatch(
          /in use by a running Lägesbild server \(pid \d+\)\. Stop the server, then run pnpm backup again\./,
        );
        expect(existsSync(join(folder, 'busy.jsonl.gz'))).toBe(false);
      } finally {
        await unlock();
      }
    });
  },
);
