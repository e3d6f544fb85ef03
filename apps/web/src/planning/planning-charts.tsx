import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatFte, formatLevel } from '../format';
import { formatMnkr } from '../format-money';

// Two scenarios and their lines must differ in more than hue: a dark and a light fill, and the
// cumulative lines solid and dashed.
const SERIES = [
  { fill: '#1d4f86', line: '#1d4f86', dash: undefined },
  { fill: '#9bbfe3', line: '#9a4a00', dash: '6 4' },
  { fill: '#5b6b7d', line: '#3b4552', dash: '2 3' },
] as const;
const AXIS = { fontSize: 13, fill: '#3b4552' };
const GRID = '#d5dae1';
const IMAGE_PROPS = { accessibilityLayer: false, role: 'img' } as const;

// Recharts colours legend text like its series; the light series would be too faint to read.
const legendText = (value: string) => <span style={{ color: '#1a1f27' }}>{value}</span>;

export interface EconomicsRow {
  year: number;
  /** Per scenario code: yearly cost (investment plus operating), net, cumulative net, in tkr. */
  [key: string]: number;
}

export interface EconomicsChartProps {
  rows: EconomicsRow[];
  scenarios: readonly { code: string; name: string }[];
  label: string;
  costLabel: (name: string) => string;
  cumulativeLabel: (name: string) => string;
  frame: number | null;
  frameLabel: string;
}

/** Cost per year as bars per scenario, cumulative net as lines, the budget frame as a reference. */
export function EconomicsChart({
  rows,
  scenarios,
  label,
  costLabel,
  cumulativeLabel,
  frame,
  frameLabel,
}: EconomicsChartProps) {
  return (
    <ComposedChart
      {...IMAGE_PROPS}
      aria-label={label}
      data={rows}
      responsive
      style={{ width: '100%', height: 320 }}
      margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
    >
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis dataKey="year" tick={AXIS} />
      <YAxis
        tick={AXIS}
        tickFormatter={(v: number) => formatMnkr(v).replace(' mnkr', '')}
        width={48}
      />
      <ReferenceLine y={0} stroke="#3b4552" />
      {frame !== null && (
        <ReferenceLine y={frame} stroke="#9a4a00" strokeDasharray="4 4" label={frameLabel} />
      )}
      {scenarios.map((s, i) => (
        <Bar
          key={`cost-${s.code}`}
          dataKey={`cost:${s.code}`}
          name={costLabel(s.name)}
          fill={SERIES[i % SERIES.length]!.fill}
          isAnimationActive={false}
        />
      ))}
      {scenarios.map((s, i) => (
        <Line
          key={`cum-${s.code}`}
          dataKey={`cumulative:${s.code}`}
          name={cumulativeLabel(s.name)}
          stroke={SERIES[i % SERIES.length]!.line}
          strokeDasharray={SERIES[i % SERIES.length]!.dash}
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
      ))}
      <Legend formatter={legendText} />
      <Tooltip
        formatter={(v) => formatMnkr(typeof v === 'number' ? v : null)}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}

export interface GroupedBarsProps {
  rows: readonly Record<string, string | number | null>[];
  categoryKey: string;
  series: readonly { key: string; name: string }[];
  label: string;
  /** 'level' draws 0–5, 'fte' any size. */
  kind: 'level' | 'fte';
}

/** Horizontal grouped bars, one group per category (area), so long names fit. */
export function GroupedBars({ rows, categoryKey, series, label, kind }: GroupedBarsProps) {
  const height = rows.length * (24 + series.length * 12) + 60;
  const format = kind === 'level' ? formatLevel : formatFte;
  return (
    <BarChart
      {...IMAGE_PROPS}
      aria-label={label}
      data={[...rows]}
      layout="vertical"
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      barGap={2}
      barCategoryGap="20%"
    >
      <CartesianGrid stroke={GRID} horizontal={false} />
      <XAxis
        type="number"
        tick={AXIS}
        {...(kind === 'level' ? { domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5] } : {})}
      />
      <YAxis
        type="category"
        dataKey={categoryKey}
        width={170}
        tick={{ ...AXIS, width: 160 }}
        interval={0}
      />
      {series.map((s, i) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          fill={SERIES[i % SERIES.length]!.fill}
          stroke="#3b4552"
          isAnimationActive={false}
        />
      ))}
      <Legend formatter={legendText} />
      <Tooltip
        formatter={(v) => format(typeof v === 'number' ? v : null)}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
