import { lazy } from 'react';
import { ChartBox } from '../components/chart-box';
import type { CompetenceChartProps, DirectionChartProps } from './ai-charts';

// Recharts loads in its own chunk, after the page's text and tables.
const CompetenceChartLazy = lazy(() =>
  import('./ai-charts').then((m) => ({ default: m.CompetenceChart })),
);
const DirectionChartLazy = lazy(() =>
  import('./ai-charts').then((m) => ({ default: m.DirectionChart })),
);

export function CompetenceChart(props: CompetenceChartProps) {
  return (
    <ChartBox height={260}>
      <CompetenceChartLazy {...props} />
    </ChartBox>
  );
}

export function DirectionChart(props: DirectionChartProps) {
  return (
    <ChartBox height={220}>
      <DirectionChartLazy {...props} />
    </ChartBox>
  );
}
