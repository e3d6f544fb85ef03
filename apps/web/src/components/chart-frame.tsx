// What every chart shares. Imported only by the chart modules, so it loads with Recharts, after the
// page's text and tables.

const AXIS = '#3b4552';

/** The greys every chart shares: axis lines, the grid behind the data, the axes' text. */
export const CHART = { axis: AXIS, grid: '#d5dae1', font: { fontSize: 13, fill: AXIS } } as const;

interface ChartFrame {
  /** What the picture shows, in words; the sentence and the table beside the chart say the rest. */
  label: string;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  maxWidth?: number;
}

/**
 * The props a chart starts from: drawn as one named picture (`role="img"`), its width the page's, and
 * without Recharts' keyboard layer, because the text alternative is the summary and the data table.
 */
export function chartFrame({ label, height, margin, maxWidth }: ChartFrame) {
  return {
    accessibilityLayer: false,
    role: 'img',
    'aria-label': label,
    responsive: true,
    style: maxWidth === undefined ? { width: '100%', height } : { width: '100%', maxWidth, height },
    margin,
  } as const;
}

/** Legend text in the body colour: Recharts colours it like its series, and a light one is unreadable. */
export const legendText = (value: string) => <span style={{ color: '#1a1f27' }}>{value}</span>;

/**
 * A bar chart lying down, a group of bars per category, so that long category names (areas) fit on
 * the left.
 */
export function horizontalBarsFrame(
  frame: Omit<ChartFrame, 'margin'>,
  /** The room between categories, as Recharts takes it ("20%"). */
  categoryGap: string,
) {
  return {
    ...chartFrame({ ...frame, margin: { top: 8, right: 16, bottom: 8, left: 8 } }),
    layout: 'vertical',
    barGap: 2,
    barCategoryGap: categoryGap,
  } as const;
}

/** A tooltip's value in the page's number format; Recharts hands it over untyped. */
export const formatTooltip = (format: (value: number | null) => string) => (value: unknown) =>
  format(typeof value === 'number' ? value : null);
