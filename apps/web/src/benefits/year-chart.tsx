import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { CHART, chartFrame } from '../components/chart-frame';
import type { BenefitRegisterData } from './types';

export interface YearChartProps {
  years: BenefitRegisterData['byYear'];
  label: string;
}

/** Planned against realised benefits per target year; the table beside it carries the same numbers. */
export function YearChart({ years, label }: YearChartProps) {
  const { t } = useTranslation();
  return (
    <BarChart
      {...chartFrame({ label, height: 240, margin: { top: 12, right: 16, bottom: 8, left: 0 } })}
      data={years.map((y) => ({ year: String(y.year), planned: y.planned, realised: y.realised }))}
    >
      <CartesianGrid stroke={CHART.grid} vertical={false} />
      <XAxis dataKey="year" tickLine={false} stroke={CHART.axis} />
      <YAxis allowDecimals={false} width={28} stroke={CHART.axis} />
      <Legend />
      <Bar
        dataKey="planned"
        name={t('benefits.byYear.legendPlanned')}
        fill="#a9c8e8"
        stroke="#4f7fb5"
        isAnimationActive={false}
      />
      <Bar
        dataKey="realised"
        name={t('benefits.byYear.legendRealised')}
        fill="#1d4f86"
        isAnimationActive={false}
      />
    </BarChart>
  );
}
