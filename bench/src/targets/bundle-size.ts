import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BenchContext } from '../context';
import type { TargetResult } from '../report';

const run = promisify(execFile);

/** What apps/web's `measure:bundle --json` prints (see apps/web/budget/first-route.ts). */
interface BundleFigures {
  helloWorldBytes: number;
  firstRouteBytes: number;
  ratio: number;
  firstRoute: { file: string; gzipBytes: number }[];
  lazy: { file: string; gzipBytes: number }[];
  enforcedRatio: number;
}

const TARGET_RATIO = 1.4;
const LAZY_CHUNK_LIMIT = 150_000;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * Target 5: the first route's JavaScript, gzipped, ÷ a React 19 hello world built the same way.
 * The dashboard measures itself (the same code `pnpm test` enforces a budget with); this runs it
 * on the build `pnpm bench` has just made. Sizes are deterministic, so there is one round.
 */
export async function runBundleSize(ctx: BenchContext): Promise<TargetResult[]> {
  ctx.log('bundle-size: measuring the built dashboard against a React hello world');
  const { stdout } = await run(
    'pnpm',
    ['--filter', '@lagesbild/web', 'run', 'measure:bundle', '--', '--json'],
    { cwd: ctx.root, maxBuffer: 16 * 2 ** 20 },
  );
  // pnpm prints its own lines first; the figures are the last line.
  const json = stdout
    .trim()
    .split('\n')
    .reverse()
    .find((line) => line.startsWith('{'));
  if (!json) throw new Error(`measure:bundle printed no figures:\n${stdout}`);
  const figures = JSON.parse(json) as BundleFigures;

  const lazyFits = figures.lazy.every((chunk) => chunk.gzipBytes <= LAZY_CHUNK_LIMIT);
  const r = figures.ratio;
  return [
    {
      id: '5',
      title: 'First route JS (gzip) ÷ React 19 hello world',
      target: `≤ ${TARGET_RATIO}`,
      ratio: { median: r, min: r, max: r, rounds: 1 },
      met: r <= TARGET_RATIO && lazyFits,
      details: [
        `first route ${kB(figures.firstRouteBytes)} gzipped (level 9, ${figures.firstRoute.length} files); ` +
          `React 19 hello world ${kB(figures.helloWorldBytes)}; same Vite target, plugins and minifier`,
        `largest first-route files: ${figures.firstRoute
          .slice(0, 3)
          .map((f) => `${f.file} ${kB(f.gzipBytes)}`)
          .join(', ')}`,
        `${figures.lazy.length} lazy chunks, ${lazyFits ? 'all' : 'NOT all'} ≤ ${kB(LAZY_CHUNK_LIMIT)}; ` +
          `largest: ${figures.lazy
            .slice(0, 3)
            .map((f) => `${f.file} ${kB(f.gzipBytes)}`)
            .join(', ')}`,
        `\`pnpm test\` enforces ≤ ${figures.enforcedRatio} × (test:budget in apps/web)`,
      ],
    },
  ];
}
