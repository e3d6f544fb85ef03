import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '@lagesbild/db/client';
import { loadMaturityData } from '@lagesbild/db/repositories';
import type { BenchContext } from '../context';
import { compareAlternating, formatMs, median } from '../measure';
import { ensureNationalDatabase } from '../national-database';
import type { TargetResult } from '../report';

const POOL_SIZE = 10;
const CALLS_PER_ROUND = 5;

interface Statement {
  text: string;
  values: unknown[];
}

/**
 * The SQL the repository sends for one load, in order, recorded from the pool it talks to. The
 * bare side then sends exactly these texts and parameters, so both sides ask the database the same.
 */
async function recordStatements(handle: DatabaseHandle, slug: string) {
  const pool = handle.pool!;
  const statements: Statement[] = [];
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  const recording = (config: unknown, values?: unknown[]) => {
    const c = config as { text?: string; values?: unknown[] };
    if (typeof config === 'string') statements.push({ text: config, values: values ?? [] });
    else statements.push({ text: c.text!, values: c.values ?? values ?? [] });
    return query(config, values);
  };
  pool.query = recording as typeof pool.query;
  try {
    const data = await loadMaturityData(handle.db, slug);
    return { statements, facts: data.facts.length };
  } finally {
    pool.query = query as typeof pool.query;
  }
}

/**
 * The repository's reads as bare `pg` would do them: the organisation and framework look-ups one
 * after the other, then the rest at once, as the repository does. Returns the last (facts) row count.
 */
async function loadBare(
  pool: pg.Pool,
  statements: readonly Statement[],
  rowMode?: 'array',
): Promise<number> {
  const send = (s: Statement) =>
    rowMode
      ? pool.query({ text: s.text, values: s.values, rowMode })
      : pool.query(s.text, s.values);
  const [org, framework, ...rest] = statements;
  await send(org!);
  await send(framework!);
  const results = await Promise.all(rest.map(send));
  return results[results.length - 1]!.rows.length;
}

async function timeCalls(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < CALLS_PER_ROUND; i++) await fn();
  return (performance.now() - start) / CALLS_PER_ROUND;
}

export async function runDrizzleOverhead(ctx: BenchContext): Promise<TargetResult[]> {
  const national = await ensureNationalDatabase(ctx);
  const slug = `kommun-${String(Math.ceil(national.municipalities / 2)).padStart(3, '0')}`;
  const handle = await openDatabase({ kind: 'postgres', url: national.url, poolSize: POOL_SIZE });
  const bare = new pg.Pool({ connectionString: national.url, max: POOL_SIZE });
  try {
    const { statements, facts } = await recordStatements(handle, slug);
    const bareFacts = await loadBare(bare, statements);
    if (statements.length < 3 || bareFacts !== facts)
      throw new Error(`drizzle-overhead: ${facts} facts through Drizzle, ${bareFacts} through pg`);
    const comparison = await compareAlternating({
      rounds: ctx.mode === 'national' ? 20 : 12,
      subject: () => timeCalls(() => loadMaturityData(handle.db, slug)),
      baseline: () => timeCalls(() => loadBare(bare, statements)),
    });
    const ratio = comparison.ratio;
    // Not the target's ratio: Drizzle against pg asked for array rows, as Drizzle asks for them, to
    // show how much of the difference is Drizzle's own work (building SQL, turning rows into objects).
    const arrays = await compareAlternating({
      rounds: 6,
      subject: () => timeCalls(() => loadMaturityData(handle.db, slug)),
      baseline: () => timeCalls(() => loadBare(bare, statements, 'array')),
    });
    return [
      {
        id: '3',
        title: 'Drizzle ÷ bare pg, same query and data',
        target: '≤ 1.2',
        ratio,
        met: ratio.median <= 1.2,
        details: [
          `loadMaturityData for one municipality (${slug}: ${facts} assessment facts, ` +
            `${statements.length} statements): ${formatMs(median(comparison.subject))} through Drizzle, ` +
            `${formatMs(median(comparison.baseline))} for the same SQL texts and parameters through a bare pg.Pool ` +
            `(median per load, ${CALLS_PER_ROUND} loads a round, both pools ${POOL_SIZE} connections and warmed up)`,
          `Against the same statements through pg with array rows (what Drizzle receives before it ` +
            `maps them to objects): ${formatMs(median(arrays.subject))} ÷ ` +
            `${formatMs(median(arrays.baseline))}, ratio ${arrays.ratio.median.toFixed(2)} over 6 rounds`,
          ...national.loadDetails,
        ],
      },
    ];
  } finally {
    await bare.end();
    await handle.close();
  }
}
