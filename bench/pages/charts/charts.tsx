import { downsampleLttb } from '@lagesbild/domain';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** One round of an area's trend: the median and its min–max band, null where no unit reported. */
export interface Row {
  round: string;
  median: number | null;
  range: [number, number] | null;
}

// The dashboard's TrendChart, prop for prop (apps/web/src/components/charts.tsx): the bench cannot
// import the web app, so the configuration is mirrored here and must follow it when it changes.
const COLOURS = {
  median: '#1d4f86',
  band: '#a9c8e8',
  bandEdge: '#4f7fb5',
  selected: '#9a4a00',
  axis: '#3b4552',
  grid: '#d5dae1',
} as const;
const LEVELS = [1, 2, 3, 4, 5];
const AXIS_FONT = { fontSize: 13, fill: COLOURS.axis };
export const MARGIN = { top: 12, right: 16, bottom: 8, left: 0 };
const X_AXIS_HEIGHT = 40;
const Y_AXIS_WIDTH = 28;

interface TickProps {
  x?: number | string;
  y?: number | string;
  index?: number;
  payload?: { value?: unknown };
}

function makeRoundTick(codes: readonly string[]) {
  return function RoundTick({ x = 0, y = 0, index = 0, payload }: TickProps) {
    const code = String(payload?.value ?? '');
    const [year, period] = code.split('-');
    const previousYear = index > 0 ? codes[index - 1]?.split('-')[0] : undefined;
    return (
      <text x={Number(x)} y={Number(y) + 4} textAnchor="middle" {...AXIS_FONT}>
        <tspan x={Number(x)} dy="0.71em">
          {period ?? code}
        </tspan>
        {year !== previousYear && (
          <tspan x={Number(x)} dy="1.2em">
            {year}
          </tspan>
        )}
      </text>
    );
  };
}

/** Thinned as TrendChart thins: one row per pixel of width, the band's edges and the selected round kept. */
export function thinRows(rows: readonly Row[], width: number, selectedRound: string): Row[] {
  return [
    ...downsampleLttb(rows, {
      maxPoints: Math.max(Math.floor(width), 6),
      series: [(r) => r.median, (r) => r.range?.[0], (r) => r.range?.[1]],
      keep: (r) => r.round === selectedRound,
    }),
  ];
}

/** Subject: the recharts chart, thinning in its render as the dashboard's does. */
export function RechartsTrend(props: {
  rows: readonly Row[];
  width: number;
  selectedRound: string;
}) {
  const data = thinRows(props.rows, props.width, props.selectedRound);
  const codes = data.map((d) => d.round);
  return (
    <ComposedChart
      accessibilityLayer={false}
      role="img"
      aria-label="trend"
      data={data}
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={MARGIN}
    >
      <CartesianGrid stroke={COLOURS.grid} vertical={false} />
      <XAxis
        dataKey="round"
        interval={0}
        height={X_AXIS_HEIGHT}
        tick={makeRoundTick(codes)}
        tickLine={false}
        stroke={COLOURS.axis}
      />
      <YAxis
        domain={[1, 5]}
        ticks={LEVELS}
        allowDecimals={false}
        width={Y_AXIS_WIDTH}
        tick={AXIS_FONT}
        stroke={COLOURS.axis}
      />
      <Area
        dataKey="range"
        type="linear"
        fill={COLOURS.band}
        fillOpacity={0.75}
        stroke={COLOURS.bandEdge}
        strokeDasharray="4 3"
        isAnimationActive={false}
        connectNulls={false}
      />
      <Line
        dataKey="median"
        type="linear"
        stroke={COLOURS.median}
        strokeWidth={3}
        dot={{ r: 3.5, fill: COLOURS.median, stroke: COLOURS.median }}
        isAnimationActive={false}
        connectNulls={false}
      />
      <ReferenceLine
        x={props.selectedRound}
        stroke={COLOURS.selected}
        strokeWidth={2}
        strokeDasharray="6 4"
      />
      {/* The dashboard's tooltip renders nothing until hovered, as this one. */}
      <Tooltip content={() => null} isAnimationActive={false} />
    </ComposedChart>
  );
}

/**
 * Recharts' floor, for the notes: one undotted line and nothing else, no axes, grid or tooltip. What this
 * costs, no configuration of the real chart can go below.
 */
export function RechartsFloor(props: { rows: readonly Row[]; width: number; height: number }) {
  return (
    <LineChart width={props.width} height={props.height} data={[...props.rows]} margin={MARGIN}>
      <Line dataKey="median" dot={false} isAnimationActive={false} connectNulls={false} />
    </LineChart>
  );
}

/**
 * Baseline: the same rows as plain SVG paths on the same scale, worked out by hand: the band as one
 * closed path per run of values, the median as one path broken at gaps, and the same dots.
 */
export function SvgTrend(props: { rows: readonly Row[]; width: number; height: number }) {
  const { rows, width, height } = props;
  const left = MARGIN.left + Y_AXIS_WIDTH;
  const top = MARGIN.top;
  const plotWidth = width - left - MARGIN.right;
  const plotHeight = height - top - MARGIN.bottom - X_AXIS_HEIGHT;
  // A category axis puts each round in the middle of its band; levels run 1–5 bottom to top.
  const x = (i: number) => left + ((i + 0.5) * plotWidth) / rows.length;
  const y = (level: number) => top + ((5 - level) * plotHeight) / 4;
  let line = '';
  let band = '';
  let upper: string[] = [];
  let lower: string[] = [];
  const closeBand = () => {
    if (upper.length > 0) band += `M${upper.join('L')}L${lower.reverse().join('L')}Z`;
    upper = [];
    lower = [];
  };
  rows.forEach((r, i) => {
    const px = x(i).toFixed(2);
    if (r.median !== null) {
      const previous = rows[i - 1];
      line += `${i > 0 && previous?.median !== null ? 'L' : 'M'}${px},${y(r.median).toFixed(2)}`;
    }
    if (r.range) {
      upper.push(`${px},${y(r.range[1]).toFixed(2)}`);
      lower.push(`${px},${y(r.range[0]).toFixed(2)}`);
    } else closeBand();
  });
  closeBand();
  return (
    <svg role="img" aria-label="trend" width={width} height={height}>
      <path
        d={band}
        fill={COLOURS.band}
        fillOpacity={0.75}
        stroke={COLOURS.bandEdge}
        strokeDasharray="4 3"
      />
      <path d={line} fill="none" stroke={COLOURS.median} strokeWidth={3} />
      {rows.map((r, i) =>
        r.median === null ? null : (
          <circle
            key={i}
            cx={x(i)}
            cy={y(r.median)}
            r={3.5}
            fill={COLOURS.median}
            stroke={COLOURS.median}
          />
        ),
      )}
    </svg>
  );
}
