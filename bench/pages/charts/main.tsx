import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { RechartsFloor, RechartsTrend, SvgTrend, thinRows, type Row } from './charts';

export interface ChartBenchOptions {
  /** Rounds in the series before thinning. */
  points: number;
  /** Timed mounts of each side, alternating. */
  rounds: number;
  width: number;
  height: number;
}

/** Milliseconds per mount: to a forced layout (`sync`) and on to the next animation frame (`frame`). */
export interface ChartBenchResult {
  recharts: { sync: number[]; frame: number[] };
  svg: { sync: number[]; frame: number[] };
  /** Recharts with one bare line, timed in the same rounds: the library's fixed cost. */
  floor: { sync: number[]; frame: number[] };
  pointsBefore: number;
  pointsAfter: number;
  /** The thinning alone, median of five warm runs; it is inside every recharts mount, as in the dashboard. */
  thinMs: number;
  /** What each side had drawn by the forced layout, to show neither defers its work past the timing. */
  drawn: { rechartsLinePath: boolean; rechartsDots: number; svgDots: number };
}

declare global {
  interface Window {
    runChartBench: (options: ChartBenchOptions) => Promise<ChartBenchResult>;
  }
}

/** A deterministic trend: a slow random walk on 1–5 with a band around it and an empty round now and then. */
function makeSeries(n: number): Row[] {
  let seed = 0x2545f491;
  const random = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  let level = 2.5;
  return Array.from({ length: n }, (_, i) => {
    const round = `${2000 + Math.floor(i / 4)}-K${(i % 4) + 1}`;
    level = Math.min(4.6, Math.max(1.4, level + (random() - 0.5) * 0.3));
    if (random() < 0.02) return { round, median: null, range: null };
    const low = Math.max(1, level - 0.4 - random());
    const high = Math.min(5, level + 0.4 + random());
    return { round, median: Math.round(level * 4) / 4, range: [low, high] };
  });
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Mounts one chart into a fixed-size box, times it, checks what it drew, and unmounts it. The headline
 * time ends at a forced layout after flushSync: all of React's and recharts' work is done by then (the
 * check proves it). The wait on to the next frame is also kept, but it is mostly idle time up to the
 * 60 Hz tick, alike on both sides, so it says more about the clock than about the chart.
 */
async function mountOnce(
  element: () => ReactElement,
  size: { width: number; height: number },
  inspect?: (box: HTMLElement) => void,
): Promise<{ sync: number; frame: number }> {
  const box = document.createElement('div');
  box.style.cssText = `width:${size.width}px;height:${size.height}px;position:relative`;
  document.getElementById('stage')!.append(box);
  const root = createRoot(box);
  const start = performance.now();
  flushSync(() => root.render(element()));
  box.getBoundingClientRect();
  const sync = performance.now() - start;
  inspect?.(box);
  await nextFrame();
  const frame = performance.now() - start;
  root.unmount();
  box.remove();
  return { sync, frame };
}

window.runChartBench = async (options) => {
  const { width, height } = options;
  const rows = makeSeries(options.points);
  const selectedRound = rows.at(-1)!.round;
  // The thinning timed warm, as it runs inside every mount after the first.
  const thinTimes: number[] = [];
  let thinned = thinRows(rows, width, selectedRound);
  for (let i = 0; i < 5; i++) {
    const thinStart = performance.now();
    thinned = thinRows(rows, width, selectedRound);
    thinTimes.push(performance.now() - thinStart);
  }
  const thinMs = thinTimes.sort((a, b) => a - b)[2]!;

  const drawn = { rechartsLinePath: false, rechartsDots: 0, svgDots: 0 };
  const recharts = () =>
    mountOnce(
      () => <RechartsTrend rows={rows} width={width} selectedRound={selectedRound} />,
      options,
      (box) => {
        const d = box.querySelector('.recharts-line-curve')?.getAttribute('d') ?? '';
        drawn.rechartsLinePath = d.startsWith('M');
        drawn.rechartsDots = box.querySelectorAll('.recharts-line-dot').length;
      },
    );
  const svg = () =>
    mountOnce(
      () => <SvgTrend rows={thinned} width={width} height={height} />,
      options,
      (box) => {
        drawn.svgDots = box.querySelectorAll('circle').length;
      },
    );

  const floor = () =>
    mountOnce(() => <RechartsFloor rows={thinned} width={width} height={height} />, options);

  // Warm-up: the first mounts pay for compiling and for recharts' one-off set-up.
  for (let i = 0; i < 3; i++) {
    await recharts();
    await svg();
    await floor();
  }
  const result: ChartBenchResult = {
    recharts: { sync: [], frame: [] },
    svg: { sync: [], frame: [] },
    floor: { sync: [], frame: [] },
    pointsBefore: rows.length,
    pointsAfter: thinned.length,
    thinMs,
    drawn,
  };
  const record = (side: 'recharts' | 'svg' | 'floor', t: { sync: number; frame: number }) => {
    result[side].sync.push(t.sync);
    result[side].frame.push(t.frame);
  };
  const sides = { recharts, svg, floor } as const;
  const orders = [
    ['recharts', 'svg', 'floor'],
    ['floor', 'svg', 'recharts'],
    ['svg', 'recharts', 'floor'],
    ['floor', 'recharts', 'svg'],
  ] as const;
  for (let i = 0; i < options.rounds; i++) {
    // The order turns every round, so drift on a busy machine hits every side alike.
    for (const side of orders[i % orders.length]!) record(side, await sides[side]());
  }
  return result;
};
