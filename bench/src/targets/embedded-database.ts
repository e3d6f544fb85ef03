import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoPlan } from '@lagesbild/api';
import { openDatabase, type Database, type DatabaseHandle } from '@lagesbild/db/client';
import { migrateDatabase } from '@lagesbild/db/migrate';
import {
  listBenefits,
  listNeeds,
  listRounds,
  listScenarios,
  loadBudgetFrame,
  loadMaturityData,
  loadPlanningInputs,
  loadRoundProgress,
} from '@lagesbild/db/repositories';
import { seedDemo } from '@lagesbild/db/seed';
import type { BenchContext } from '../context';
import { compareAlternating, formatMs, median } from '../measure';
import type { TargetResult } from '../report';
import { createScratchDatabase, dropScratchDatabase } from '../scratch-database';
import { queryTrpc, signIn, startServer } from '../server-process';

const CITY = 'malmo';
const CURRENT_ROUND = '2026-K4';
// A day while the demo's current round is being reported, the same for both engines.
const TODAY = '2026-10-15';

/**
 * What the main pages read from the database: the maturity overview, the round's progress, the
 * planning inputs, needs, scenarios and budget frame, and the benefit register.
 */
const PAGE_READS: [string, (db: Database) => Promise<unknown>][] = [
  ['loadMaturityData', (db) => loadMaturityData(db, CITY)],
  ['loadRoundProgress', (db) => loadRoundProgress(db, CITY, CURRENT_ROUND, TODAY)],
  ['listRounds', (db) => listRounds(db, CITY)],
  ['loadPlanningInputs', (db) => loadPlanningInputs(db, CITY)],
  ['listNeeds', (db) => listNeeds(db, CITY)],
  ['listScenarios', (db) => listScenarios(db, CITY)],
  ['loadBudgetFrame', (db) => loadBudgetFrame(db, CITY)],
  ['listBenefits', (db) => listBenefits(db, CITY)],
];

/** One page after another, as a user clicks through them; returns the maturity facts read. */
async function loadPages(db: Database): Promise<number> {
  let facts = 0;
  for (const [name, read] of PAGE_READS) {
    const result = await read(db);
    if (name === 'loadMaturityData') facts = (result as { facts: unknown[] }).facts.length;
  }
  return facts;
}

/** Each read alone on both engines (median of a few), to show where the difference lies. */
async function describeReads(pglite: Database, postgres: Database): Promise<string> {
  const parts: string[] = [];
  for (const [name, read] of PAGE_READS) {
    const times: [number[], number[]] = [[], []];
    for (let i = 0; i < 3; i++) {
      for (const [side, db] of [pglite, postgres].entries()) {
        const start = performance.now();
        await read(db);
        times[side]!.push(performance.now() - start);
      }
    }
    parts.push(`${name} ${formatMs(median(times[0]))} vs ${formatMs(median(times[1]))}`);
  }
  return `Each read alone, PGlite vs PostgreSQL: ${parts.join('; ')}`;
}

/** As the server seeds an empty database on start (its plan editions dated by its own clock). */
async function seedCity(handle: DatabaseHandle): Promise<void> {
  await migrateDatabase(handle);
  await seedDemo(handle.db);
  await seedDemoPlan(handle.db, CITY);
}

async function timePageLoads(db: Database, sets: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < sets; i++) await loadPages(db);
  return (performance.now() - start) / sets;
}

/**
 * The built server on PGlite in an empty data folder, seeding the demo city as it starts: resident
 * memory once healthy and after a few dozen dashboard reads. The folder it leaves is the PGlite
 * side of the comparison.
 */
async function measureServerMemory(ctx: BenchContext, dataDir: string): Promise<string> {
  const server = await startServer({
    root: ctx.root,
    env: { DATA_DIR: dataDir, SEED_DEMO: 'true' },
  });
  try {
    const started = await server.readRssMb();
    const cookie = await signIn(server.url, 'itd@demo.lagesbild.se', 'lagesbild-demo');
    const reads: [string, unknown][] = [
      ['maturity.overview', {}],
      ['rounds.progress', { round: CURRENT_ROUND }],
      ['planning.needs', undefined],
      ['planning.scenarios', {}],
      ['planning.capacityBalance', {}],
      ['benefits.register', undefined],
    ];
    const rounds = ctx.mode === 'national' ? 20 : 6;
    for (let i = 0; i < rounds; i++) {
      for (const [path, input] of reads) await queryTrpc(server.url, cookie, path, input);
    }
    const after = await server.readRssMb();
    return (
      `Built server on PGlite, started on an empty data folder with SEED_DEMO=true: resident ` +
      `memory ${Math.round(started)} MB once healthy (demo city seeded), ${Math.round(after)} MB ` +
      `after ${rounds * reads.length} dashboard reads (${reads.map(([p]) => p).join(', ')})`
    );
  } finally {
    await server.stop();
  }
}

export async function runEmbeddedDatabase(ctx: BenchContext): Promise<TargetResult[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lagesbild-bench-'));
  const url = await createScratchDatabase(ctx.adminUrl, 'lagesbild_bench_city');
  const postgres = await openDatabase({ kind: 'postgres', url });
  let pglite: DatabaseHandle | null = null;
  try {
    ctx.log(
      'embedded-database: the built server seeds the demo city on PGlite; seeding PostgreSQL',
    );
    // The server's start and the PostgreSQL seed overlap: only the wall time is shared, not a figure.
    const [memory] = await Promise.all([measureServerMemory(ctx, dataDir), seedCity(postgres)]);
    pglite = await openDatabase({ kind: 'pglite', dataDir });
    const facts = [await loadPages(pglite.db), await loadPages(postgres.db)];
    if (facts[0] !== facts[1])
      throw new Error(`embedded-database: facts differ ${facts.join(' ≠ ')}`);
    const embedded = pglite.db;
    const sets = ctx.mode === 'national' ? 3 : 1;
    const comparison = await compareAlternating({
      rounds: ctx.mode === 'national' ? 20 : 10,
      subject: () => timePageLoads(embedded, sets),
      baseline: () => timePageLoads(postgres.db, sets),
    });
    const details = [
      `One set of main-page reads (maturity data with ${facts[0]} facts, round progress, rounds, ` +
        `planning inputs, needs, scenarios, budget frame, benefits — 8 repository loads, one after ` +
        `another): ${formatMs(median(comparison.subject))} on PGlite (data folder, as the server ` +
        `keeps it), ${formatMs(median(comparison.baseline))} on PostgreSQL (median per set, ` +
        `${sets} set${sets > 1 ? 's' : ''} a round)`,
      await describeReads(embedded, postgres.db),
      memory,
    ];
    return [
      {
        id: '4',
        title: 'City dashboard queries: PGlite ÷ PostgreSQL',
        target: '≤ 2',
        ratio: comparison.ratio,
        met: comparison.ratio.median <= 2,
        details,
      },
    ];
  } finally {
    await pglite?.close();
    await postgres.close();
    await rm(dataDir, { recursive: true, force: true });
    await dropScratchDatabase(ctx.adminUrl, 'lagesbild_bench_city');
  }
}
