import { chromiumLaunchOptions } from '@lagesbild/chromium-config';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { BenchContext } from '../context';
import { formatMs, median, summariseRatios } from '../measure';
import type { TargetResult } from '../report';

const PAGE_ROOT = fileURLToPath(new URL('../../pages/charts/', import.meta.url));
const TARGET = 3;
// A trend card's drawing box on a desktop screen; the default height of the dashboard's TrendChart.
const SIZE = { width: 720, height: 220 };
/** The longest series the dashboard draws: an area trend, one point per round, 40 rounds nationally. */
const REAL_POINTS = 40;
/** A series far longer than any screen, to show thinning holds the ratio whatever the history. */
const LONG_POINTS = 20_000;

// What the page's window.runChartBench takes and returns (pages/charts/main.tsx); the page is another
// build, so the shape is repeated here rather than imported across it.
interface ChartBenchOptions {
  points: number;
  rounds: number;
  width: number;
  height: number;
}
interface ChartBenchResult {
  recharts: { sync: number[]; frame: number[] };
  svg: { sync: number[]; frame: number[] };
  floor: { sync: number[]; frame: number[] };
  pointsBefore: number;
  pointsAfter: number;
  thinMs: number;
  drawn: { rechartsLinePath: boolean; rechartsDots: number; svgDots: number };
}
type BenchWindow = { runChartBench: (o: ChartBenchOptions) => Promise<ChartBenchResult> };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves the built page from dir on a free port; enough for one page and its assets. */
async function serveStatic(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => {
        res.writeHead(404);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('chart-render: no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

function toResult(id: string, title: string, r: ChartBenchResult): TargetResult {
  const ratios = r.recharts.sync.map((t, i) => t / r.svg.sync[i]!);
  const frameRatios = r.recharts.frame.map((t, i) => t / r.svg.frame[i]!);
  const floorRatios = r.floor.sync.map((t, i) => t / r.svg.sync[i]!);
  const ratio = summariseRatios(ratios);
  const { drawn } = r;
  return {
    id,
    title,
    target: `≤ ${TARGET}`,
    ratio,
    met: ratio.median <= TARGET,
    details: [
      `Points: ${r.pointsBefore} before thinning, ${r.pointsAfter} drawn (chart ${SIZE.width}×${SIZE.height} px; thinning alone ${formatMs(r.thinMs)}, inside every recharts mount)`,
      `Mount to forced layout, median: recharts ${formatMs(median(r.recharts.sync))}, plain SVG ${formatMs(median(r.svg.sync))}`,
      `Mount to the next animation frame, median: recharts ${formatMs(median(r.recharts.frame))}, plain SVG ${formatMs(median(r.svg.frame))} (ratio ${median(frameRatios).toFixed(2)}; the frame wait is the same idle time on both sides, so it is not the headline)`,
      `Recharts' floor, one bare line with no axes, grid, dots or tooltip: ${formatMs(median(r.floor.sync))}, ${median(floorRatios).toFixed(2)} × plain SVG; no configuration of the real chart goes below this`,
      `Drawn by the forced layout: recharts line path ${drawn.rechartsLinePath ? 'yes' : 'NO'}, ${drawn.rechartsDots} recharts dots, ${drawn.svgDots} SVG dots`,
    ],
  };
}

/**
 * Target 6: the dashboard's trend chart drawn by recharts ÷ the same points as plain SVG paths, both
 * mounted with React 19 in Chromium, alternating, on a page built here with Vite.
 */
export async function runChartRender(ctx: BenchContext): Promise<TargetResult[]> {
  const outDir = await mkdtemp(join(tmpdir(), 'lagesbild-bench-charts-'));
  const browser = await chromium.launch(chromiumLaunchOptions);
  let server: Server | undefined;
  try {
    ctx.log('chart-render: building the page');
    await build({
      root: PAGE_ROOT,
      configFile: false,
      logLevel: 'warn',
      mode: 'production',
      base: './',
      plugins: [react()],
      build: { outDir, emptyOutDir: true },
    });
    const served = await serveStatic(outDir);
    server = served.server;
    const national = ctx.mode === 'national';
    const runs: { id: string; title: string; options: ChartBenchOptions }[] = [
      {
        id: '6',
        title: `Chart render, largest real series (${REAL_POINTS} rounds): recharts ÷ plain SVG`,
        options: { points: REAL_POINTS, rounds: national ? 60 : 30, ...SIZE },
      },
      {
        id: '6b',
        title: `Chart render, long series (${LONG_POINTS} points, thinned): recharts ÷ plain SVG`,
        options: { points: LONG_POINTS, rounds: national ? 40 : 16, ...SIZE },
      },
    ];
    const results: TargetResult[] = [];
    for (const run of runs) {
      // A fresh context per series, so one run's heap and caches do not colour the next.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(served.url);
      await page.waitForFunction(
        () => typeof (window as unknown as Partial<BenchWindow>).runChartBench === 'function',
      );
      ctx.log(`chart-render: ${run.options.points} points, ${run.options.rounds} rounds a side`);
      const measured = await page.evaluate(
        (o) => (window as unknown as BenchWindow).runChartBench(o),
        run.options,
      );
      await context.close();
      results.push(toResult(run.id, run.title, measured));
    }
    return results;
  } finally {
    await browser.close();
    server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}
