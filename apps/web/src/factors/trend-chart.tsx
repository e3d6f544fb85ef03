import { downsampleLttb } from '@lagesbild/domain';
import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART, chartFrame } from '../components/chart-frame';
import { useDrawLimit } from '../components/use-draw-limit';

export interface TrendChartProps {
  rows: readonly { round: string; scores: Record<string, number | null> }[];
  series: readonly { code: string; title: string }[];
  label: string;
}

// Five dark colours, each with its own dash, so the lines stay apart in greyscale and for colour blindness.
const LINES = [
  { stroke: '#1d4f86', dash: undefined },
  { stroke: '#9a4a00', dash: '8 4' },
  { stroke: '#2f6b3a', dash: '3 3' },
  { stroke: '#6b3a8c', dash: '12 4 3 4' },
  { stroke: '#3b4552', dash: '2 6' },
] as const;

/** The top factors' scores per round, 0–25; the table beside it carries the same numbers. */
export function FactorTrendChart({ rows, series, label }: TrendChartProps) {
  const [chartRef, maxPoints] = useDrawLimit(rows.length, series.length);
  // More rounds than the chart has pixels are thinned for drawing only; the table keeps every round.
  const data = useMemo(() => {
    if (series.length === 0) return rows.map((r) => ({ round: r.round }));
    const drawn = downsampleLttb(rows, {
      maxPoints,
      series: series.map((s) => (r: (typeof rows)[number]) => r.scores[s.code]),
    });
    return drawn.map((r) => ({ round: r.round, ...r.scores }));
  }, [rows, series, maxPoints]);
  return (
    <LineChart
      {...chartFrame({ label, height: 300, margin: { top: 12, right: 16, bottom: 8, left: 0 } })}
      ref={chartRef}
      data={data}
    >
      <CartesianGrid stroke={CHART.grid} vertical={false} />
      <XAxis dataKey="round" tickLine={false} stroke={CHART.axis} interval={0} fontSize={12} />
      <YAxis domain={[0, 25]} ticks={[0, 5, 10, 15, 20, 25]} width={32} stroke={CHART.axis} />
      <Legend />
      <Tooltip isAnimationActive={false} />
      {series.map((s, i) => {
        const line = LINES[i % LINES.length]!;
        return (
          <Line
            key={s.code}
            dataKey={s.code}
            name={s.title}
            type="linear"
            stroke={line.stroke}
            strokeDasharray={line.dash}
            strokeWidth={2.5}
            dot={{ r: 3, fill: line.stroke }}
            isAnimationActive={false}
            connectNulls={false}
          />
        );
      })}
    </LineChart>
  );
}
