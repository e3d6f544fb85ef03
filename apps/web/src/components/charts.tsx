import {
  Area,
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { downsampleLttb } from '@lagesbild/domain';
import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLevel, formatRange } from '../format';
import type { SpreadPoint } from '../summaries';
import { CHART, chartFrame, formatTooltip, horizontalBarsFrame } from './chart-frame';
import { useDrawLimit } from './use-draw-limit';

// Dark line over a light band, and a dashed marker: all three stay apart in greyscale too.
const COLOURS = {
  median: '#1d4f86',
  band: '#a9c8e8',
  bandEdge: '#4f7fb5',
  selected: '#9a4a00',
  unit: '#1d4f86',
  city: '#c4cad3',
  cityEdge: '#4a5562',
} as const;

const LEVELS = [1, 2, 3, 4, 5];

interface TickProps {
  x?: number | string;
  y?: number | string;
  index?: number;
  payload?: { value?: unknown };
}

/** Round codes on two lines, K3 over 2026, with the year only where it changes, so eight rounds fit. */
function makeRoundTick(codes: readonly string[]) {
  return function RoundTick({ x = 0, y = 0, index = 0, payload }: TickProps) {
    const code = String(payload?.value ?? '');
    const [year, period] = code.split('-');
    const previousYear = index > 0 ? codes[index - 1]?.split('-')[0] : undefined;
    return (
      <text x={Number(x)} y={Number(y) + 4} textAnchor="middle" {...CHART.font}>
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

interface TooltipProps {
  active?: boolean;
  label?: unknown;
  payload?: readonly { payload?: unknown }[];
}

function SpreadTooltip({ active, label, payload }: TooltipProps) {
  const { t } = useTranslation();
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || !row?.range) return null;
  return (
    <div className="chart-tooltip">
      <strong>{String(label)}</strong>
      <br />
      {t('chart.legendMedian')}: {formatLevel(row.median)}
      <br />
      {t('chart.legendRange')}: {formatRange(row.range[0], row.range[1])}
    </div>
  );
}

interface ChartRow {
  round: string;
  median: number | null;
  range: [number, number] | null;
}

export interface TrendChartProps {
  points: readonly SpreadPoint[];
  selectedRound: string;
  label: string;
  height?: number;
}

/** Median line over a min–max band per round, y from 1 to 5, the selected round marked. */
export function TrendChart({ points, selectedRound, label, height = 220 }: TrendChartProps) {
  const [chartRef, maxPoints] = useDrawLimit(points.length, 3);
  // Wider than the chart has pixels, the series is thinned for drawing (the band's edges and the selected
  // round kept); the table beside the chart holds every round.
  const data = useMemo(() => {
    const rows = points.map((p): ChartRow => ({
      round: p.roundCode,
      median: p.spread?.median ?? null,
      range: p.spread ? [p.spread.min, p.spread.max] : null,
    }));
    // Recharts takes a mutable array; a copy of the thinned rows, made once per change.
    return [
      ...downsampleLttb(rows, {
        maxPoints,
        series: [(r) => r.median, (r) => r.range?.[0], (r) => r.range?.[1]],
        keep: (r) => r.round === selectedRound,
      }),
    ];
  }, [points, maxPoints, selectedRound]);
  const codes = data.map((d) => d.round);
  return (
    <ComposedChart
      {...chartFrame({ label, height, margin: { top: 12, right: 16, bottom: 8, left: 0 } })}
      ref={chartRef}
      data={data}
    >
      <CartesianGrid stroke={CHART.grid} vertical={false} />
      <XAxis
        dataKey="round"
        interval={0}
        height={40}
        tick={makeRoundTick(codes)}
        tickLine={false}
        stroke={CHART.axis}
      />
      <YAxis
        domain={[1, 5]}
        ticks={LEVELS}
        allowDecimals={false}
        width={28}
        tick={CHART.font}
        stroke={CHART.axis}
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
        x={selectedRound}
        stroke={COLOURS.selected}
        strokeWidth={2}
        strokeDasharray="6 4"
      />
      <Tooltip content={SpreadTooltip} isAnimationActive={false} />
    </ComposedChart>
  );
}

export interface ProfileRow {
  area: string;
  score: number | null;
  cityMedian: number | null;
}

export interface ProfileChartProps {
  rows: readonly ProfileRow[];
  label: string;
  unitName: string;
  cityName: string;
}

const NARROW = '(max-width: 40rem)';

function useIsNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(NARROW).matches,
  );
}

/** The unit's level next to the city median per area, as horizontal bars so long area names fit. */
export function ProfileChart({ rows, label, unitName, cityName }: ProfileChartProps) {
  const height = rows.length * 52 + 40;
  // On a phone the names get less room, so the bars keep more than half the width.
  const labelWidth = useIsNarrow() ? 112 : 150;
  return (
    <BarChart {...horizontalBarsFrame({ label, height }, '22%')} data={[...rows]}>
      <CartesianGrid stroke={CHART.grid} horizontal={false} />
      <XAxis
        type="number"
        domain={[0, 5]}
        ticks={[0, ...LEVELS]}
        tick={CHART.font}
        stroke={CHART.axis}
      />
      <YAxis
        type="category"
        dataKey="area"
        width={labelWidth}
        tick={{ ...CHART.font, width: labelWidth - 10 }}
        interval={0}
        stroke={CHART.axis}
      />
      <Bar dataKey="score" name={unitName} fill={COLOURS.unit} isAnimationActive={false} />
      <Bar
        dataKey="cityMedian"
        name={cityName}
        fill={COLOURS.city}
        stroke={COLOURS.cityEdge}
        isAnimationActive={false}
      />
      <Tooltip formatter={formatTooltip(formatLevel)} isAnimationActive={false} />
    </BarChart>
  );
}
