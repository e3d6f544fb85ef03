import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetenceChartProps, DirectionChartProps } from './ai-charts';

// Recharts loads in its own chunk, after the page's text and tables.
const CompetenceChartLazy = lazy(() =>
  import('./ai-charts').then((m) => ({ default: m.CompetenceChart })),
);
const DirectionChartLazy = lazy(() =>
  import('./ai-charts').then((m) => ({ default: m.DirectionChart })),
);

function ChartBox({ height, children }: { height: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="chart">
      <Suspense
        fallback={
          <div className="chart-fallback" style={{ height }}>
            <span className="visually-hidden">{t('chart.loading')}</span>
          </div>
        }
      >
        {children}
      </Suspense>
    </div>
  );
}

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
