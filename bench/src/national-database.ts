import type pg from 'pg';
import { openDatabase } from '@lagesbild/db/client';
import { migrateDatabase } from '@lagesbild/db/migrate';
import type { BenchContext } from './context';
import { generateNationalData, type NationalScale } from './national-data';
import { createScratchDatabase } from './scratch-database';

export interface NationalDatabase {
  url: string;
  municipalities: number;
  assessments: number;
  loadDetails: string[];
}

/** National mode is the full country; quick mode a slice that loads in seconds. */
export const NATIONAL_SCALES: Record<BenchContext['mode'], NationalScale> = {
  national: { municipalities: 290, rounds: 40 },
  quick: { municipalities: 20, rounds: 12 },
};

/** Assessments whose round, unit or capability does not exist; 0 when the load kept its references. */
async function countOrphanAssessments(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(`
    select count(*)::int as n from assessments a
    where not exists (select 1 from rounds r where r.id = a.round_id)
       or not exists (select 1 from units u where u.id = a.unit_id)
       or not exists (select 1 from capabilities c where c.id = a.capability_id)`);
  return rows[0]?.n ?? 0;
}

const formatCount = (n: number) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');

let loading: Promise<NationalDatabase> | null = null;

/**
 * The synthetic national data set on a scratch PostgreSQL database, loaded once per bench run and
 * shared by every target that needs it. Rollups are left to the targets that measure them.
 */
export function ensureNationalDatabase(ctx: BenchContext): Promise<NationalDatabase> {
  loading ??= loadNationalDatabase(ctx);
  return loading;
}

async function loadNationalDatabase(ctx: BenchContext): Promise<NationalDatabase> {
  const scale = NATIONAL_SCALES[ctx.mode];
  const url = await createScratchDatabase(ctx.adminUrl, 'lagesbild_bench_national');
  const handle = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  try {
    await migrateDatabase(handle);
    ctx.log(
      `national data: loading ${scale.municipalities} municipalities × ${scale.rounds} rounds`,
    );
    const client = await handle.pool!.connect();
    const started = performance.now();
    let counts;
    // The generator takes every id it writes from the parent rows it has just inserted, so the
    // per-row foreign-key triggers (five times the cost of the COPY itself) are switched off while it
    // loads, as pg_restore --disable-triggers does; the anti-joins below check the same after.
    const triggersOff = await client
      .query('set session_replication_role = replica')
      .then(() => true)
      .catch(() => false);
    try {
      counts = await generateNationalData(client, scale, ctx.log);
    } finally {
      if (triggersOff) await client.query('reset session_replication_role');
      client.release();
    }
    const loadMs = performance.now() - started;
    const analyzeStarted = performance.now();
    await handle.pool!.query('analyze');
    const analyzeMs = performance.now() - analyzeStarted;
    const checkStarted = performance.now();
    const orphans = await countOrphanAssessments(handle.pool!);
    if (orphans > 0) throw new Error(`national data: ${orphans} assessments point at nothing`);
    const checkMs = performance.now() - checkStarted;
    const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
    const loadDetails = [
      `Loaded ${formatCount(counts.assessments)} assessments in ${seconds(counts.assessmentMs)} ` +
        `(${formatCount(counts.assessments / (counts.assessmentMs / 1000))} rows/s) by COPY; ` +
        `${formatCount(counts.rows)} rows in all in ${seconds(loadMs)} ` +
        `(${formatCount(counts.rows / (loadMs / 1000))} rows/s), then analyze in ${seconds(analyzeMs)}`,
      `National data: ${scale.municipalities} municipalities × 15 units × 40 capabilities × ` +
        `${scale.rounds} quarterly rounds; the schema's indexes stay in place during COPY; ` +
        (triggersOff
          ? `foreign-key triggers were off while loading, the references checked after by anti-join in ${seconds(checkMs)}`
          : 'foreign-key triggers stayed on (no right to switch them off)'),
    ];
    ctx.log(loadDetails[0]!);
    return {
      url,
      municipalities: scale.municipalities,
      assessments: counts.assessments,
      loadDetails,
    };
  } finally {
    await handle.close();
  }
}
