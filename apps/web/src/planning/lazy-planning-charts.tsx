import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { EconomicsChartProps, GroupedBarsProps } from './planning-charts';

// Recharts loads in its own chunk, after the page's text and tables (as on the overview).
const EconomicsChartLazy = lazy(() =>
  import('./planning-charts').then((m) => ({ default: m.EconomicsChart })),
);
const GroupedBarsLazy = lazy(() =>
  import('./planning-charts').then((m) => ({ default: m.GroupedBars })),
);

function Fallback({ height }: { height: number }) {
  const { t } = useTranslation();
  return (
    <div className="chart-fallback" style={{ height }}>
      <span className="visually-hidden">{t('chart.loading')}</span>
    </div>
  );
}

export function EconomicsChart(props: EconomicsChartProps) {
  return (
    <div className="chart">
      <Suspense fallback={<Fallback height={320} />}>
        <EconomicsChartLazy {...props} />
      </Suspense>
    </div>
  );
}

export function GroupedBars(props: GroupedBarsProps) {
  return (
    <div className="chart">
      <Suspense fallback={<Fallback height={props.rows.length * 40 + 60} />}>
        <GroupedBarsLazy {...props} />
      </Suspense>
    </div>
  );
}
