import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Where a lazy chart draws: Recharts loads in its own chunk, after the page's text and tables, and
 * until it has, a box of the chart's height keeps the page from jumping and says it is loading.
 */
export function ChartBox({
  height,
  className = 'chart',
  children,
}: {
  height: number;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className={className}>
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
