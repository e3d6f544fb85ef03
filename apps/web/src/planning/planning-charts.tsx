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
import {
  CHART,
  chartFrame,
  formatTooltip,
  horizontalBarsFrame,
  legendText,
} from '../components/chart-frame';
import { formatFte, formatLevel } from '../format';
import { formatMnkr } from '../format-money';

// Two scenarios and their lines must differ in more than hue: a dark and a light fill, and the
// cumulative lines solid and dashed.
const SERIES = [
  { fill: '#1d4f86', line: '#1d4f86', dash: undefined },
  { fill: '#9bbfe3', line: '#9a4a00', dash: '6 4' },
  { fill: '#5b6b7d', line: '#3b4552', dash: '2 3' },
] as const;

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
      {...chartFrame({ label, height: 320, margin: { top: 8, right: 16, bottom: 8, left: 16 } })}
      data={rows}
    >
      <CartesianGrid stroke={CHART.grid} vertical={false} />
      <XAxis dataKey="year" tick={CHART.font} />
      <YAxis
        tick={CHART.font}
        tickFormatter={(v: number) => formatMnkr(v).replace(' mnkr', '')}
        width={48}
      />
      <ReferenceLine y={0} stroke={CHART.axis} />
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
      <Tooltip formatter={formatTooltip(formatMnkr)} isAnimationActive={false} />
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
    <BarChart {...horizontalBarsFrame({ label, height }, '20%')} data={[...rows]}>
      <CartesianGrid stroke={CHART.grid} horizontal={false} />
      <XAxis
        type="number"
        tick={CHART.font}
        {...(kind === 'level' ? { domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5] } : {})}
      />
      <YAxis
        type="category"
        dataKey={categoryKey}
        width={170}
        tick={{ ...CHART.font, width: 160 }}
        interval={0}
      />
      {series.map((s, i) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          fill={SERIES[i % SERIES.length]!.fill}
          stroke={CHART.axis}
          isAnimationActive={false}
        />
      ))}
      <Legend formatter={legendText} />
      <Tooltip formatter={formatTooltip(format)} isAnimationActive={false} />
    </BarChart>
  );
}
