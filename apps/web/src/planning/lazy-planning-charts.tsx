import { lazy } from 'react';
import { ChartBox } from '../components/chart-box';
import type { EconomicsChartProps, GroupedBarsProps } from './planning-charts';

// Recharts loads in its own chunk, after the page's text and tables (as on the overview).
const EconomicsChartLazy = lazy(() =>
  import('./planning-charts').then((m) => ({ default: m.EconomicsChart })),
);
const GroupedBarsLazy = lazy(() =>
  import('./planning-charts').then((m) => ({ default: m.GroupedBars })),
);

export function EconomicsChart(props: EconomicsChartProps) {
  return (
    <ChartBox height={320}>
      <EconomicsChartLazy {...props} />
    </ChartBox>
  );
}

export function GroupedBars(props: GroupedBarsProps) {
  return (
    <ChartBox height={props.rows.length * 40 + 60}>
      <GroupedBarsLazy {...props} />
    </ChartBox>
  );
}
