import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One legend for all the small multiples, in HTML so it is text, not part of each picture. */
export function TrendLegend() {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend">
      <LegendItem width={28} height={12} label={t('chart.legendMedian')}>
        <line x1="0" y1="6" x2="28" y2="6" stroke="#1d4f86" strokeWidth="3" />
        <circle cx="14" cy="6" r="3.5" fill="#1d4f86" />
      </LegendItem>
      <LegendItem width={28} height={14} label={t('chart.legendRange')}>
        <rect
          x="1"
          y="1"
          width="26"
          height="12"
          fill="#a9c8e8"
          stroke="#4f7fb5"
          strokeDasharray="4 3"
        />
      </LegendItem>
      <LegendItem width={14} height={18} label={t('chart.legendSelected')}>
        <line x1="7" y1="0" x2="7" y2="18" stroke="#9a4a00" strokeWidth="2" strokeDasharray="6 4" />
      </LegendItem>
    </ul>
  );
}

export function ProfileLegend({ unitName }: { unitName: string }) {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend">
      <LegendItem width={20} height={14} label={unitName}>
        <rect x="0" y="0" width="20" height="14" fill="#1d4f86" />
      </LegendItem>
      <LegendItem width={20} height={14} label={t('chart.legendCity')}>
        <rect x="0.5" y="0.5" width="19" height="13" fill="#c4cad3" stroke="#4a5562" />
      </LegendItem>
    </ul>
  );
}

/** A legend entry: the series' mark as a small picture the screen reader skips, then its name. */
function LegendItem({
  width,
  height,
  label,
  children,
}: {
  width: number;
  height: number;
  label: string;
  children: ReactNode;
}) {
  return (
    <li>
      <svg width={width} height={height} aria-hidden="true">
        {children}
      </svg>
      {label}
    </li>
  );
}
