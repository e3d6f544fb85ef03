import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchContext, BenchMode } from './context';
import { writeRun, type TargetResult } from './report';
import { mergeRun } from './report-merge';
import { runRollupTargets } from './targets/rollups';
import { runApiOverhead } from './targets/api-overhead';
import { runDrizzleOverhead } from './targets/drizzle-overhead';
import { runEmbeddedDatabase } from './targets/embedded-database';
import { runBundleSize } from './targets/bundle-size';
import { runChartRender } from './targets/chart-render';
import { runConcurrentWrites } from './targets/concurrent-writes';
import { runSlowRequest } from './targets/slow-request';

/** The suite in the issue's order; each entry runs one or more targets and reports ratios. */
const TARGETS: { id: string; run: (ctx: BenchContext) => Promise<TargetResult[]> }[] = [
  { id: '1', run: runRollupTargets },
  { id: '2', run: runApiOverhead },
  { id: '3', run: runDrizzleOverhead },
  { id: '4', run: runEmbeddedDatabase },
  { id: '5', run: runBundleSize },
  { id: '6', run: runChartRender },
  { id: '7', run: runConcurrentWrites },
  { id: '8', run: runSlowRequest },
];

const { values } = parseArgs({
  options: {
    national: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});

const mode: BenchMode = values.national ? 'national' : 'quick';
const only = values.only?.split(',').map((s) => s.trim());
const root = fileURLToPath(new URL('../../', import.meta.url));
const ctx: BenchContext = {
  mode,
  adminUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  root,
  log: (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`),
};

const started = Date.now();
const results: TargetResult[] = [];
for (const target of TARGETS) {
  if (only && !only.includes(target.id)) continue;
  ctx.log(`target ${target.id}`);
  const out = await target.run(ctx);
  for (const r of out) {
    const ratio = r.ratio ? r.ratio.median.toPrecision(3) : '–';
    ctx.log(`${r.id} ${r.title}: ${ratio} (target ${r.target}) ${r.met ? 'met' : 'MISSED'}`);
    for (const line of r.details) ctx.log(`   ${line}`);
  }
  results.push(...out);
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const run = {
  mode,
  command: `pnpm bench${mode === 'national' ? ' --national' : ''}${only ? ` --only=${only.join(',')}` : ''}`,
  startedAt: new Date(started).toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  seconds: (Date.now() - started) / 1000,
  machine: `${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  results,
};
// A run of some targets (--only) keeps the other targets' results from the last full run.
if (!values['no-write'])
  await (only ? mergeRun : writeRun)(fileURLToPath(new URL('../RESULTS.md', import.meta.url)), run);
const missed = results.filter((r) => !r.met).map((r) => r.id);
ctx.log(
  `done in ${Math.round(run.seconds)} s: ${results.length - missed.length} of ${results.length} targets met`,
);
// A missed target is a finding written to RESULTS.md with its reason, not a failure of the run.
if (missed.length) ctx.log(`missed: ${missed.join(', ')} (see bench/RESULTS.md)`);
process.exit(0);
