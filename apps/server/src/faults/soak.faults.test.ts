import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer } from '../testing/server-process';
import { createSoakDatabase, type SoakDatabase } from './soak/database';
import { signIn, StatusTally, type SoakClient } from './soak/http-client';
import { Ledger } from './soak/ledger';
import { sampleMemory, summariseMemory } from './soak/memory';
import {
  AUDITED_KINDS,
  checkNeeds,
  checkUnit,
  compareAudit,
  countAuditEntries,
  readLastAuditId,
} from './soak/verify';
import {
  runExporter,
  runPlanner,
  runReporter,
  runViewer,
  type SoakRun,
} from './soak/virtual-users';

/** How long the users work; `pnpm test:faults` runs the default, a quick local look can set less. */
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 150);
const SAMPLE_EVERY_MS = 2_000;

/**
 * Units whose report is open to them in the demo's current round (not started, draft or returned):
 * two reporters each, saving the same capabilities, so their saves collide.
 */
const UNITS = [
  'forskoleforvaltningen',
  'stadsbyggnadskontoret',
  'fritidsforvaltningen',
  'miljoforvaltningen',
  'kulturforvaltningen',
  'grundskoleforvaltningen',
];
const PLANNERS = 3;
const VIEWERS = 12;

/**
 * The first third is warm-up: PGlite's heap grows in pages it keeps while its caches fill, V8 sizes
 * its heap. After it, resident memory still moves by a collection or two (tens of MB on PGlite), so
 * the last third may stand at most this far above the middle third. A leak of 1 MB per 300 requests
 * breaks it once the server answers about 10 000 requests between the two thirds; on a shared 2-core
 * machine it answers a few hundred, so a leak must be larger to show: the summary prints the smallest
 * one this run could see. SOAK_SECONDS longer makes the test sharper. Runs here have grown 12–22 MB
 * between the two thirds on PGlite; the margin leaves room for that without letting a real leak by.
 */
const MEMORY_MARGIN_MB = 48;
const LEAK_MB_PER_REQUEST = 1 / 300;

/** The smallest leak per request that would have grown memory past the margin in this run. */
function describeVisibleLeak(requests: number): string {
  const per = Math.floor(requests / MEMORY_MARGIN_MB);
  return per > 0 ? `1 MB per ${per} requests` : `${MEMORY_MARGIN_MB} MB in all`;
}

describe('a few minutes of many users on loopback', () => {
  let database: SoakDatabase;
  let server: ReturnType<typeof spawnServer>;
  let url: string;
  beforeAll(async () => {
    database = await createSoakDatabase();
    server = spawnServer({
      ...database.env,
      SIGN_IN_LIMIT_PER_MINUTE: '10000',
      CALL_BUDGET_PER_MINUTE: '10000000',
    });
    url = await server.listening;
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await database?.dispose();
  });

  it(
    'keeps memory flat and every acknowledged write, with no server error',
    async () => {
      const tally = new StatusTally();
      const ledger = new Ledger();
      const itd = await signIn(url, 'itd@demo.lagesbild.se', tally);
      const rounds = await itd.query<{ code: string; status: string }[]>('rounds.list', {});
      const round = rounds.data!.find((r) => r.status === 'open')!.code;
      const needs = await itd.query<{ needs: { code: string }[] }>('planning.needs');
      const needCodes = needs.data!.needs.slice(0, 3).map((n) => n.code);
      const auditFrom = await readLastAuditId(itd);

      const reporters: [string, SoakClient][] = [];
      for (const unit of UNITS) {
        for (let i = 0; i < 2; i++) {
          reporters.push([unit, await signIn(url, `${unit}@demo.lagesbild.se`, tally)]);
        }
      }
      const planners = await Promise.all(
        Array.from({ length: PLANNERS }, () => signIn(url, 'itd@demo.lagesbild.se', tally)),
      );
      const viewers = await Promise.all(
        Array.from({ length: VIEWERS }, () => signIn(url, 'ks@demo.lagesbild.se', tally)),
      );

      const memory = sampleMemory(server.child.pid!, SAMPLE_EVERY_MS, () => tally.total());
      const run: SoakRun = { until: Date.now() + SOAK_SECONDS * 1000, round, ledger };
      await Promise.all([
        ...reporters.map(([unit, client]) => runReporter(client, run, unit)),
        ...planners.map((client) => runPlanner(client, run, needCodes)),
        ...viewers.map((client) => runViewer(client, run)),
        runExporter(itd, run),
      ]);
      const samples = await memory.stop();
      const trend = summariseMemory(samples);

      const problems: string[] = [];
      for (const [unit, client] of reporters.filter((_, i) => i % 2 === 0)) {
        problems.push(...(await checkUnit(client, ledger, round, unit)));
      }
      problems.push(...(await checkNeeds(viewers[0]!, ledger)));
      for (const kind of AUDITED_KINDS) {
        problems.push(...compareAudit(ledger, kind, await countAuditEntries(itd, kind, auditFrom)));
      }

      const users = reporters.length + planners.length + viewers.length + 1;
      const leakWouldAdd = trend.requestsBetween * LEAK_MB_PER_REQUEST;
      console.info(
        [
          `soak: ${users} users for ${SOAK_SECONDS} s, ${tally.total()} requests (${tally.describe()})`,
          `soak: where the time went: ${tally.describeTimes()}`,
          `soak: ${ledger.writes.length} writes acknowledged, ${ledger.conflicts} refused as conflicts`,
          `soak: resident memory ${trend.middleMb.toFixed(0)} MB in the middle third, ` +
            `${trend.lastMb.toFixed(0)} MB in the last (${trend.growthMb.toFixed(1)} MB); a leak of ` +
            `1 MB per 300 requests would have added ${leakWouldAdd.toFixed(0)} MB; this run would see a ` +
            `leak of ${describeVisibleLeak(trend.requestsBetween)} or faster`,
          `soak: samples (MB): ${samples.map((s) => Math.round(s.rssMb)).join(' ')}`,
          ...tally.surprises.map((s) => `soak: unexpected answer ${s}`),
        ].join('\n'),
      );

      expect(tally.count((_, status) => status >= 500 || status === 0)).toBe(0);
      expect(tally.surprises).toEqual([]);
      expect(ledger.findSharedVersions()).toEqual([]);
      expect(problems).toEqual([]);
      // Users who collide must have collided: otherwise "no lost write" was never put to the test.
      expect(ledger.conflicts).toBeGreaterThan(0);
      expect(ledger.writes.length).toBeGreaterThan(0);
      expect(trend.growthMb).toBeLessThan(MEMORY_MARGIN_MB);
    },
    (SOAK_SECONDS + 300) * 1000,
  );
});
