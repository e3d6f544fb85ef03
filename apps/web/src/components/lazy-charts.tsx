import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileChartProps, TrendChartProps } from './charts';

// Recharts is the heaviest dependency: it loads in its own chunk, after the page's text and tables.
const TrendChartLazy = lazy(() => import('./charts').then((m) => ({ default: m.TrendChart })));
const ProfileChartLazy = lazy(() => import('./charts').then((m) => ({ default: m.ProfileChart })));

function ChartFallback({ height }: { height: number }) {
  const { t } = useTranslation();
  return (
    <div className="chart-fallback" style={{ height }}>
      <span className="visually-hidden">{t('chart.loading')}</span>
    </div>
  );
}

export function TrendChart(props: TrendChartProps) {
  return (
    <div className="chart">
      <Suspense fallback={<ChartFallback height={props.height ?? 220} />}>
        <TrendChartLazy {...props} />
      </Suspense>
    </div>
  );
}

export function ProfileChart(props: ProfileChartProps) {
  return (
    <div className="chart">
      <Suspense fallback={<ChartFallback height={props.rows.length * 52 + 40} />}>
        <ProfileChartLazy {...props} />
      </Suspense>
    </div>
  );
}
