import { useCallback, useEffect, useRef, useState } from 'react';

// Before the first measurement the viewport is the widest a chart can be, so thinning to it never drops a
// point the screen could have shown.
const initialWidth = () => (typeof window === 'undefined' ? 1280 : window.innerWidth);

/**
 * How many rows a line chart of this width draws: one per pixel is all a screen can show (the table beside
 * the chart keeps every row), and never fewer than two per series.
 */
export const maxPointsFor = (width: number, series: number) =>
  Math.max(Math.floor(width), 2 * series);

/**
 * The most rows a line chart may draw, from the width of the element the returned ref is put on (a
 * recharts chart hands its wrapper to a function ref), and that ref. A resize re-renders the chart only
 * when it changes what is drawn: a series shorter than the chart is wide, old width and new, is left
 * alone. A hidden chart measures 0 and keeps its last width.
 */
export function useDrawLimit(
  rowCount: number,
  seriesCount: number,
): [ref: (node: Element | null) => void, maxPoints: number] {
  const [width, setWidth] = useState(initialWidth);
  const shape = useRef({ rowCount, seriesCount });
  useEffect(() => {
    shape.current = { rowCount, seriesCount };
  }, [rowCount, seriesCount]);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: Element | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured <= 0) return;
      setWidth((previous) => {
        const { rowCount: rows, seriesCount: series } = shape.current;
        const fitsBoth =
          rows <= Math.min(maxPointsFor(previous, series), maxPointsFor(measured, series));
        return fitsBoth ? previous : measured;
      });
    });
    observer.current.observe(node);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, maxPointsFor(width, seriesCount)];
}
