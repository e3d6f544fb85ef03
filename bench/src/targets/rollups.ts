import { isDeepStrictEqual } from 'node:util';
import { openDatabase } from '@lagesbild/db/client';
import {
  computeNationalTrendRaw,
  findNationalTrend,
  rebuildAllRollups,
  refreshOrganisationRollups,
} from '@lagesbild/db/repositories';
import type { BenchContext } from '../context';
import { compareAlternating, formatMs, median, timeMs } from '../measure';
import { ensureNationalDatabase } from '../national-database';
import type { TargetResult } from '../report';

const ROUNDS = { quick: 7, national: 5 } as const;

const formatCount = (n: number) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');

/**
 * Target 1: dashboards' aggregates read from rollups. 1a times the national trend from the rollups
 * against the same figures counted from every assessment by a GROUP BY; 1b times refreshing one
 * municipality's rollups against rebuilding all of them. Both sides run on the same national data,
 * alternating, after a warm-up of each.
 */
export async function runRollupTargets(ctx: BenchContext): Promise<TargetResult[]> {
  const national = await ensureNationalDatabase(ctx);
  const handle = await openDatabase({ kind: 'postgres', url: national.url, poolSize: 2 });
  try {
    const { db, pool } = handle;
    const firstBuildMs = await timeMs(() => rebuildAllRollups(db));
    await pool!.query('analyze unit_area_rollups, area_rollups');
    const count = async (table: string) =>
      Number((await pool!.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]!.n);
    const [unitRows, areaRows] = [await count('unit_area_rollups'), await count('area_rollups')];
    ctx.log(
      `rollups: built ${formatCount(unitRows)} unit × area rows in ${formatMs(firstBuildMs)}`,
    );

    // The rollups must give the very figures the raw count gives, or the ratio means nothing.
    const fromRollups = await findNationalTrend(db);
    const fromRaw = await computeNationalTrendRaw(db);
    if (!isDeepStrictEqual(fromRollups, fromRaw)) {
      throw new Error('national trend from rollups differs from the raw GROUP BY');
    }
    const rounds = ROUNDS[ctx.mode];
    const trend = await compareAlternating({
      rounds,
      subject: () => timeMs(() => findNationalTrend(db)),
      baseline: () => timeMs(() => computeNationalTrendRaw(db)),
    });
    ctx.log(`rollups: 1a ratio ${trend.ratio.median.toFixed(4)}`);

    // A municipality in the middle of the load order: neither the first nor the last rows written.
    const { rows } = await pool!.query<{ id: number }>(
      'select id from organisations order by id offset $1 limit 1',
      [Math.floor(national.municipalities / 2)],
    );
    const organisationId = rows[0]!.id;
    const refresh = await compareAlternating({
      rounds,
      subject: () => timeMs(() => refreshOrganisationRollups(db, organisationId)),
      baseline: () => timeMs(() => rebuildAllRollups(db)),
    });
    ctx.log(`rollups: 1b ratio ${refresh.ratio.median.toFixed(4)}`);

    const scale =
      `${formatCount(national.municipalities)} municipalities, ` +
      `${formatCount(national.assessments)} assessments; rollups: ${formatCount(unitRows)} ` +
      `unit × area rows, ${formatCount(areaRows)} municipality × area rows`;
    return [
      {
        id: '1a',
        title: 'National trend from rollups ÷ raw GROUP BY',
        target: '≤ 0.02',
        ratio: trend.ratio,
        met: trend.ratio.median <= 0.02,
        details: [
          ...national.loadDetails,
          `Median ${formatMs(median(trend.subject))} from rollups vs ${formatMs(median(trend.baseline))} ` +
            `counting every assessment; ${fromRollups.length} period × area points, identical on both sides`,
          `Data: ${scale}`,
          'Rollups hold closed rounds only, as unit × area and municipality × area histograms and ' +
            'national sums per quarter of the round end date and area code, which each refresh ' +
            'adjusts; the trend reads the national sums and takes the exact median per point',
        ],
      },
      {
        id: '1b',
        title: 'Refresh one municipality ÷ full rebuild',
        target: '≤ 0.01',
        ratio: refresh.ratio,
        met: refresh.ratio.median <= 0.01,
        details: [
          `Median ${formatMs(median(refresh.subject))} to refresh one municipality (delete + insert … ` +
            `select, national sums adjusted) vs ${formatMs(median(refresh.baseline))} to rebuild all ` +
            '(truncate + insert … select)',
          `First build ${formatMs(firstBuildMs)}; data: ${scale}`,
          `One municipality is 1/${national.municipalities} of the data, so the ratio cannot fall ` +
            `below ${(1 / national.municipalities).toFixed(4)} here; the target is set for the ` +
            'national data set (290 municipalities, `pnpm bench --national`)',
        ],
      },
    ];
  } finally {
    await handle.close();
  }
}
