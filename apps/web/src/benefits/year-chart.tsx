import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
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
      accessibilityLayer={false}
      role="img"
      aria-label={label}
      data={years.map((y) => ({ year: String(y.year), planned: y.planned, realised: y.realised }))}
      responsive
      style={{ width: '100%', height: 240 }}
      margin={{ top: 12, right: 16, bottom: 8, left: 0 }}
    >
      <CartesianGrid stroke="#d5dae1" vertical={false} />
      <XAxis dataKey="year" tickLine={false} stroke="#3b4552" />
      <YAxis allowDecimals={false} width={28} stroke="#3b4552" />
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
