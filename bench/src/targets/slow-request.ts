import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchContext } from '../context';
import { compareAlternating, formatMs, median, percentile } from '../measure';
import type { TargetResult } from '../report';
import { queryTrpc, signIn, startServer } from '../server-process';

/** The cheap read: one indexed query behind the session lookup, as every page makes. */
const CHEAP = '/trpc/rounds.list';
const CHEAP_ALONE = 30;
/** Slow requests back to back in one round of the loaded side. */
const SLOW_PER_ROUND = 3;
/**
 * A click beside a slow request may wait for part of it, not for all of it: its median wait at most
 * half the slow request's own length. 1 would mean no request gets in until the slow one ends.
 */
const TARGET = 0.5;

interface Candidate {
  label: string;
  path: string;
}

/** The heaviest downloads and reads the dashboard offers; the slowest one measured is the subject. */
function listCandidates(roundCode: string): Candidate[] {
  return [
    { label: 'yearly plan as Word (plan 2026.docx)', path: '/export/plan/2026.docx' },
    {
      label: `round export as Excel (${roundCode}.xlsx)`,
      path: `/export/omgang/${roundCode}.xlsx`,
    },
    { label: 'planning export as Excel', path: '/export/planering.xlsx' },
    { label: 'draft plan 2027 computed live', path: plainQuery('plan.edition', { year: 2027 }) },
    { label: 'capacity balance', path: plainQuery('planning.capacityBalance', {}) },
  ];
}

function plainQuery(path: string, input: unknown): string {
  return `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
}

/** One request with its whole body read; an error answer would measure the wrong thing. */
async function request(url: string, cookie: string, path: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url + path, { headers: { cookie } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`slow-request: ${path} answered ${response.status}`);
  return performance.now() - started;
}

async function readCheapAlone(url: string, cookie: string, into: number[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < CHEAP_ALONE; i++) times.push(await request(url, cookie, CHEAP));
  into.push(...times);
  return times.reduce((a, b) => a + b, 0) / times.length;
}

/** Cheap reads one after another for as long as the slow requests run back to back beside them. */
async function readCheapBesideSlow(
  url: string,
  cookie: string,
  slow: Candidate,
  into: { cheap: number[]; slow: number[] },
  cheapPath = CHEAP,
): Promise<number> {
  let running = true;
  const slowSide = (async () => {
    try {
      for (let i = 0; i < SLOW_PER_ROUND; i++)
        into.slow.push(await request(url, cookie, slow.path));
    } finally {
      running = false;
    }
  })();
  const times: number[] = [];
  while (running) times.push(await request(url, cookie, cheapPath));
  await slowSide;
  into.cheap.push(...times);
  return median(times);
}

/** Each candidate alone, twice after a warm-up; the slowest by median is the subject. */
async function findSlowest(url: string, cookie: string, candidates: Candidate[]) {
  const timed: { candidate: Candidate; ms: number }[] = [];
  for (const candidate of candidates) {
    await request(url, cookie, candidate.path);
    const runs = [
      await request(url, cookie, candidate.path),
      await request(url, cookie, candidate.path),
    ];
    timed.push({ candidate, ms: median(runs) });
  }
  timed.sort((a, b) => b.ms - a.ms);
  return timed;
}

const describeLatencies = (times: number[]) =>
  `p50 ${formatMs(percentile(times, 50))}, p95 ${formatMs(percentile(times, 95))}, ` +
  `max ${formatMs(Math.max(...times))} (${times.length} requests)`;

/**
 * PGlite runs one query at a time in the server's process: while a request's queries run, every
 * other request waits. Measured on the built server on the demo city: a cheap read one after another
 * beside the heaviest real request, against that request alone, in the same run.
 */
export async function runSlowRequest(ctx: BenchContext): Promise<TargetResult[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lagesbild-bench-slow-'));
  try {
    ctx.log('slow-request: the built server seeds the demo city on PGlite');
    const server = await startServer({
      root: ctx.root,
      env: { DATA_DIR: dataDir, SEED_DEMO: 'true' },
    });
    try {
      const cookie = await signIn(server.url, 'itd@demo.lagesbild.se', 'lagesbild-demo');
      const rounds = (await queryTrpc(server.url, cookie, 'rounds.list', {})) as {
        code: string;
        status: string;
      }[];
      const roundCode = rounds.find((r) => r.status === 'open')?.code ?? rounds[0]!.code;
      const ranked = await findSlowest(server.url, cookie, listCandidates(roundCode));
      const slow = ranked[0]!.candidate;
      ctx.log(`slow-request: slowest is ${slow.label} (${formatMs(ranked[0]!.ms)})`);

      // The same slow request alone is the baseline: the ratio reads as the share of it a click waits.
      const alone: number[] = [];
      const slowAlone: number[] = [];
      const beside = { cheap: [] as number[], slow: [] as number[] };
      await readCheapAlone(server.url, cookie, alone);
      const comparison = await compareAlternating({
        rounds: ctx.mode === 'national' ? 12 : 8,
        subject: () => readCheapBesideSlow(server.url, cookie, slow, beside),
        baseline: async () => {
          slowAlone.push(await request(server.url, cookie, slow.path));
          return slowAlone.at(-1)!;
        },
      });
      await readCheapAlone(server.url, cookie, alone);
      // The dashboard's index.html touches no database: if it waits too, the process itself was busy.
      const health = { cheap: [] as number[], slow: [] as number[] };
      await readCheapBesideSlow(server.url, cookie, slow, health, '/');
      const extraP95 = percentile(beside.cheap, 95) - percentile(alone, 95);
      const worst = Math.max(...beside.cheap);
      return [
        {
          id: '8',
          title:
            'PGlite: median wait of a cheap read beside the slowest request ÷ that request alone',
          target: `≤ ${TARGET}`,
          ratio: comparison.ratio,
          met: comparison.ratio.median <= TARGET,
          details: [
            `Slow requests alone (median of 2 after a warm-up): ` +
              ranked.map((r) => `${r.candidate.label} ${formatMs(r.ms)}`).join('; '),
            `Cheap read ${CHEAP.slice(6)} as ITD, one after another: alone ${describeLatencies(alone)}`,
            `Beside ${slow.label}, ${SLOW_PER_ROUND} back to back per round: ` +
              describeLatencies(beside.cheap),
            `Extra wait beside it: p95 ${formatMs(extraP95)}, worst ${formatMs(worst)}; the slow ` +
              `request took ${formatMs(median(slowAlone))} alone and ${formatMs(median(beside.slow))} ` +
              `with the cheap reads beside it (medians); cheap ÷ alone, p50: ` +
              `${(percentile(beside.cheap, 50) / percentile(alone, 50)).toFixed(1)}`,
            `Worst wait ÷ slow request alone: ${(worst / median(slowAlone)).toFixed(2)}: the longest ` +
              `stretch without a break (a write transaction, a batch of queries sent at once, or the ` +
              `document built in JavaScript) still holds everything up`,
            `The dashboard's index.html (no database) beside ${SLOW_PER_ROUND} of them: ${describeLatencies(health.cheap)}`,
            `Server resident memory after the runs: ${Math.round(await server.readRssMb())} MB`,
          ],
        },
      ];
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
