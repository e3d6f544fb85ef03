import { lazy } from 'react';
import { ChartBox } from './chart-box';
import type { ProfileChartProps, TrendChartProps } from './charts';

// Recharts is the heaviest dependency: it loads in its own chunk, after the page's text and tables.
const TrendChartLazy = lazy(() => import('./charts').then((m) => ({ default: m.TrendChart })));
const ProfileChartLazy = lazy(() => import('./charts').then((m) => ({ default: m.ProfileChart })));

export function TrendChart(props: TrendChartProps) {
  return (
    <ChartBox height={props.height ?? 220}>
      <TrendChartLazy {...props} />
    </ChartBox>
  );
}

export function ProfileChart(props: ProfileChartProps) {
  return (
    <ChartBox height={props.rows.length * 52 + 40}>
      <ProfileChartLazy {...props} />
    </ChartBox>
  );
}
