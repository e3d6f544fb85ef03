import { fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { BenchContext } from '../context';
import { compareAlternating, formatMs, median } from '../measure';
import type { TargetResult } from '../report';
import { findFreePort, signIn, startServer } from '../server-process';

/** The overview as the dashboard asks for it: one call in an httpBatchLink batch. */
const HOT_PATH = `/trpc/maturity.overview?batch=1&input=${encodeURIComponent('{"0":{}}')}`;

interface Load {
  rps: number;
  p50: number;
  p99: number;
}

async function load(url: string, headers: Record<string, string>, seconds: number): Promise<Load> {
  const result = await autocannon({ url, headers, connections: 32, duration: seconds });
  const failed = result.non2xx + result.errors + result.timeouts;
  // A 304 counts as an answer here; the 200 runs must be all 200s.
  if (failed > 0 && !headers['if-none-match']) {
    throw new Error(`${failed} failed requests against ${url}`);
  }
  return { rps: result.requests.total / seconds, p50: result.latency.p50, p99: result.latency.p99 };
}

async function startBaseline(bodyFile: string): Promise<{ url: string; stop(): void }> {
  const port = await findFreePort();
  const script = new URL('../baseline/raw-http-server.mjs', import.meta.url);
  const child = fork(script, [String(port), bodyFile], { stdio: 'ignore' });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`baseline server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => void child.kill('SIGKILL') };
}

/**
 * Target 2: requests per second of the hot dashboard read through the whole server (Fastify, session,
 * access check, response cache) ÷ a bare Node http server sending the same bytes, both under the same
 * load from autocannon on loopback.
 */
export async function runApiOverhead(ctx: BenchContext): Promise<TargetResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'lagesbild-bench-api-'));
  const server = await startServer({
    root: ctx.root,
    env: { DATA_DIR: join(dir, 'data'), SEED_DEMO: 'true' },
  });
  const seconds = ctx.mode === 'national' ? 10 : 4;
  const rounds = ctx.mode === 'national' ? 10 : 5;
  try {
    const cookie = await signIn(server.url, 'ks@demo.lagesbild.se', 'lagesbild-demo');
    const first = await fetch(server.url + HOT_PATH, { headers: { cookie } });
    const body = await first.text();
    const etag = first.headers.get('etag');
    if (!first.ok || !etag) throw new Error(`hot read failed: ${first.status}`);
    const bodyFile = join(dir, 'overview.json');
    await writeFile(bodyFile, body);
    const baseline = await startBaseline(bodyFile);
    try {
      const same = await (await fetch(baseline.url + HOT_PATH)).text();
      if (same !== body) throw new Error('the baseline does not send the same bytes');
      ctx.log(`api: ${body.length} bytes per answer, ${rounds} rounds of ${seconds} s per side`);

      const ours: Load[] = [];
      const raw: Load[] = [];
      const comparison = await compareAlternating({
        rounds,
        subject: async () => {
          const l = await load(server.url + HOT_PATH, { cookie }, seconds);
          ours.push(l);
          return l.rps;
        },
        baseline: async () => {
          const l = await load(baseline.url + HOT_PATH, { cookie }, seconds);
          raw.push(l);
          return l.rps;
        },
      });
      const revalidated = await load(
        server.url + HOT_PATH,
        { cookie, 'if-none-match': etag },
        seconds,
      );
      const rss = await server.readRssMb();
      const stat = (loads: Load[], key: keyof Load) => median(loads.slice(1).map((l) => l[key]));
      return [
        {
          id: '2',
          title: 'Hot dashboard read ÷ bare Node http, same bytes (requests/s)',
          target: '≥ 0.7',
          ratio: comparison.ratio,
          met: comparison.ratio.median >= 0.7,
          details: [
            `Endpoint: maturity.overview as the dashboard batches it, ${(body.length / 1024).toFixed(1)} kB JSON, signed in as KS; autocannon, 32 connections, ${seconds} s per run, sides alternated over ${rounds} rounds after a warm-up.`,
            `Lägesbild: median ${Math.round(median(comparison.subject))} requests/s, p50 ${formatMs(stat(ours, 'p50'))}, p99 ${formatMs(stat(ours, 'p99'))}.`,
            `Bare Node http: median ${Math.round(median(comparison.baseline))} requests/s, p50 ${formatMs(stat(raw, 'p50'))}, p99 ${formatMs(stat(raw, 'p99'))}.`,
            `Revalidation (If-None-Match → 304, no body): ${Math.round(revalidated.rps)} requests/s, p99 ${formatMs(revalidated.p99)}.`,
            `Server resident memory after the runs (PGlite, demo city): ${Math.round(rss)} MB.`,
          ],
        },
      ];
    } finally {
      baseline.stop();
    }
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
