import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { downsampleLttb } from '@lagesbild/domain';
import { useMemo } from 'react';
import { CHART, chartFrame, formatTooltip, legendText } from '../components/chart-frame';
import { useDrawLimit } from '../components/use-draw-limit';
import { formatFte } from '../format';

export interface CompetenceChartProps {
  rows: { roundCode: string; ai: number; test: number }[];
  label: string;
  names: { ai: string; test: string };
}

/** The city's FTE in AI and data and in test per round; the table beside it holds the numbers. */
export function CompetenceChart({ rows, label, names }: CompetenceChartProps) {
  const [chartRef, maxPoints] = useDrawLimit(rows.length, 2);
  // More rounds than the chart has pixels are thinned for drawing only; the table keeps every round.
  const data = useMemo(
    () => [
      ...downsampleLttb(rows, {
        maxPoints,
        series: [(r) => r.ai, (r) => r.test],
      }),
    ],
    [rows, maxPoints],
  );
  return (
    <LineChart
      {...chartFrame({ label, height: 260, margin: { top: 8, right: 24, bottom: 8, left: 8 } })}
      ref={chartRef}
      data={data}
    >
      {/* A solid dark line and a dashed brown one: they stay apart in greyscale too. */}
      <CartesianGrid stroke={CHART.grid} vertical={false} />
      <XAxis dataKey="roundCode" tick={CHART.font} />
      <YAxis tick={CHART.font} width={40} tickFormatter={(v: number) => formatFte(v)} />
      <Line
        dataKey="ai"
        name={names.ai}
        stroke="#1d4f86"
        strokeWidth={2}
        dot={{ r: 4 }}
        isAnimationActive={false}
      />
      <Line
        dataKey="test"
        name={names.test}
        stroke="#9a4a00"
        strokeDasharray="6 4"
        strokeWidth={2}
        dot={{ r: 4 }}
        isAnimationActive={false}
      />
      <Legend formatter={legendText} />
      <Tooltip formatter={formatTooltip(formatFte)} isAnimationActive={false} />
    </LineChart>
  );
}

export interface DirectionChartProps {
  /** One row per level 1–5: how many assessments sit there now and how many aim for it. */
  rows: { level: string; now: number; target: number }[];
  label: string;
  names: { now: string; target: string };
}

/** Where the assessments are now beside where the units aim, per level; the table holds the numbers. */
export function DirectionChart({ rows, label, names }: DirectionChartProps) {
  return (
    <BarChart
      {...chartFrame({
        label,
        height: 220,
        maxWidth: 560,
        margin: { top: 8, right: 16, bottom: 8, left: 8 },
      })}
      data={rows}
    >
      <CartesianGrid stroke={CHART.grid} vertical={false} />
      <XAxis dataKey="level" tick={CHART.font} />
      <YAxis tick={CHART.font} width={40} allowDecimals={false} />
      <Bar dataKey="now" name={names.now} fill="#1d4f86" isAnimationActive={false} />
      <Bar
        dataKey="target"
        name={names.target}
        fill="#ffffff"
        stroke="#9a4a00"
        strokeWidth={2}
        isAnimationActive={false}
      />
      <Legend formatter={legendText} />
      <Tooltip isAnimationActive={false} />
    </BarChart>
  );
}
