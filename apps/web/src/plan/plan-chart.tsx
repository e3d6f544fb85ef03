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
import { CHART, chartFrame, legendText } from '../components/chart-frame';
import { useDrawLimit } from '../components/use-draw-limit';
import type { TableChart } from './plan-helpers';

export interface PlanChartProps {
  kind: 'line' | 'bar';
  chart: TableChart;
  /** Each series' name, already in the reader's language (the column header). */
  names: Record<string, string>;
  label: string;
}

// Black and greys with a dash pattern and a marker shape each: the series stay apart in print and greyscale.
const SERIES = [
  { stroke: '#1b1f24', fill: '#1b1f24', dash: undefined, shape: 'circle' },
  { stroke: '#4a5562', fill: '#c9cfd6', dash: '8 4', shape: 'square' },
  { stroke: '#2b3440', fill: '#8a939e', dash: '3 3', shape: 'triangle' },
  { stroke: '#5c6672', fill: '#d5dae1', dash: '12 4 3 4', shape: 'diamond' },
  { stroke: '#000000', fill: '#eef0f3', dash: '2 6', shape: 'cross' },
] as const;

/** A plan table drawn as a line or bar chart; the table and the chapter's text say the same in words. */
export function PlanChart({ kind, chart, names, label }: PlanChartProps) {
  const [chartRef, maxPoints] = useDrawLimit(chart.rows.length, chart.series.length);
  // A line over more rows than the chart has pixels is thinned for drawing only; the table keeps every row.
  // Bars are one per row and are never thinned.
  const lineRows = useMemo(
    () =>
      kind === 'line' && chart.series.length > 0
        ? [
            ...downsampleLttb(chart.rows, {
              maxPoints,
              series: chart.series.map((s) => (row: TableChart['rows'][number]) => {
                const value = row[s.key];
                return typeof value === 'number' ? value : null;
              }),
            }),
          ]
        : chart.rows,
    [kind, chart, maxPoints],
  );
  const common = {
    ...chartFrame({
      label,
      height: 280,
      // Room on the right so the last label on the x axis is not cut off.
      margin: { top: 12, right: 32, bottom: 8, left: 8 },
    }),
    ref: chartRef,
    data: lineRows,
  };
  const axes = [
    <CartesianGrid key="grid" stroke={CHART.grid} vertical={false} />,
    <XAxis key="x" dataKey="x" tickLine={false} stroke={CHART.axis} fontSize={12} interval={0} />,
    <YAxis key="y" width={48} stroke={CHART.axis} fontSize={12} />,
    <Legend key="legend" formatter={legendText} />,
    <Tooltip key="tooltip" isAnimationActive={false} />,
  ];
  if (kind === 'bar') {
    return (
      <BarChart {...common}>
        {axes}
        {chart.series.map((s, i) => {
          const look = SERIES[i % SERIES.length]!;
          return (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={names[s.key] ?? s.key}
              fill={look.fill}
              stroke={look.stroke}
              strokeWidth={1.5}
              strokeDasharray={look.dash}
              isAnimationActive={false}
            />
          );
        })}
      </BarChart>
    );
  }
  return (
    <LineChart {...common}>
      {axes}
      {chart.series.map((s, i) => {
        const look = SERIES[i % SERIES.length]!;
        return (
          <Line
            key={s.key}
            dataKey={s.key}
            name={names[s.key] ?? s.key}
            type="linear"
            stroke={look.stroke}
            strokeDasharray={look.dash}
            strokeWidth={2.5}
            legendType={look.shape}
            dot={{
              symbol: look.shape,
              r: 4,
              fill: look.fill,
              stroke: look.stroke,
              strokeWidth: 1.5,
            }}
            isAnimationActive={false}
            connectNulls={false}
          />
        );
      })}
    </LineChart>
  );
}
