/** One series' value at a row; null (or anything not a finite number) is a gap the line must not bridge. */
export type SeriesValue<T> = (point: T) => number | null | undefined;

export interface DownsampleOptions<T> {
  /** At most this many points come back: the chart's width in pixels. At least 2 per series. */
  maxPoints: number;
  /** One accessor per series drawn from the same rows; the rows kept serve every series. */
  series: readonly SeriesValue<T>[];
  /** Rows that must stay whatever their shape, such as the selected round a marker points at. */
  keep?: (point: T, index: number) => boolean;
}

/**
 * Thins a series for drawing with Largest-Triangle-Three-Buckets: a line of more points than the chart
 * has pixels looks the same with one point per pixel, and draws in a fraction of the time. The first and
 * last rows stay, so do peaks (they make the largest triangles), and gaps stay gaps: each run of values is
 * thinned on its own and one null row of every gap is kept, so a line with `connectNulls` off still breaks
 * there. Rows are taken as evenly spaced, as on a category axis.
 *
 * With several series the rows kept are the union of each series' choice at an equal share of the
 * budget, so no series loses its peaks or gaps to another's. Returns the input itself when it is already
 * short enough. Ends and gaps are promised while the budget holds both edges of every run of values and
 * a null per gap; below that (more gaps than pixels) plain buckets decide, and a gap may be drawn over.
 */
export function downsampleLttb<T>(
  points: readonly T[],
  options: DownsampleOptions<T>,
): readonly T[] {
  const { maxPoints, series, keep } = options;
  if (points.length <= maxPoints) return points;
  const budget = Math.floor(maxPoints / Math.max(1, series.length));
  if (series.length === 0 || budget < 2) {
    throw new RangeError(
      `${maxPoints} points leave fewer than 2 for each of ${series.length} series`,
    );
  }
  const pinned: number[] = [];
  if (keep) points.forEach((p, i) => keep(p, i) && pinned.push(i));
  const chosen = new Set<number>();
  for (const value of series) {
    const ys = points.map((p) => {
      const y = value(p);
      return typeof y === 'number' && Number.isFinite(y) ? y : null;
    });
    for (const i of pickIndices(ys, budget, pinned)) chosen.add(i);
  }
  return [...chosen].sort((a, b) => a - b).map((i) => points[i]!);
}

type Ys = readonly (number | null)[];

/** The indices one series keeps, at most `budget` of them. */
function pickIndices(ys: Ys, budget: number, pinned: readonly number[]): number[] {
  const n = ys.length;
  // Rows that carry the picture whatever happens between them: the ends, the pins, the edges of every
  // run of values, and the first null of every gap.
  const anchors = new Set<number>([0, n - 1, ...pinned]);
  for (let i = 0; i < n; i++) {
    const gap = ys[i] === null;
    const gapBefore = i > 0 && ys[i - 1] === null;
    const gapAfter = i < n - 1 && ys[i + 1] === null;
    if (gap ? !gapBefore : gapBefore || gapAfter) anchors.add(i);
  }
  if (anchors.size > budget) return pickByBuckets(ys, budget, new Set(pinned));

  const sorted = [...anchors].sort((a, b) => a - b);
  // Spans between neighbouring anchors inside a run of values are filled by LTTB; the rest of a gap is
  // dropped.
  const spans: [number, number][] = [];
  let interior = 0;
  for (let j = 0; j + 1 < sorted.length; j++) {
    const a = sorted[j]!;
    const b = sorted[j + 1]!;
    if (b - a > 1 && ys[a] !== null && ys[b] !== null) {
      spans.push([a, b]);
      interior += b - a - 1;
    }
  }
  const spare = budget - sorted.length;
  const out = sorted;
  for (const [a, b] of spans) {
    // Floors keep the sum within the budget; a span's share follows its length.
    fillSpan(ys, a, b, Math.floor((spare * (b - a - 1)) / interior), out);
  }
  return out;
}

/** Adds to `out` the k rows strictly between a and b that LTTB picks; a, b and all between are values. */
function fillSpan(ys: Ys, a: number, b: number, k: number, out: number[]): void {
  const interior = b - a - 1;
  if (k >= interior) {
    for (let i = a + 1; i < b; i++) out.push(i);
    return;
  }
  const size = interior / k;
  const y = (i: number) => ys[i] ?? 0;
  const edge = (bucket: number) => a + 1 + Math.floor(bucket * size);
  let previous = a;
  for (let bucket = 0; bucket < k; bucket++) {
    const start = edge(bucket);
    const end = edge(bucket + 1);
    // The third corner: the next bucket's average, or the span's end for the last bucket.
    let cx = b;
    let cy = y(b);
    if (bucket < k - 1) {
      const nextEnd = edge(bucket + 2);
      cx = 0;
      cy = 0;
      for (let i = end; i < nextEnd; i++) {
        cx += i;
        cy += y(i);
      }
      cx /= nextEnd - end;
      cy /= nextEnd - end;
    }
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const area = Math.abs(
        (previous - cx) * (y(i) - y(previous)) - (previous - i) * (cy - y(previous)),
      );
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    out.push(best);
    previous = best;
  }
}

/**
 * When a series has more gaps and pins than the chart has pixels, no drawing can show them all: the two
 * ends, then one row per equal bucket between them: a pin, else a gap (so a broken line still looks
 * broken), else the row furthest from the bucket's mean (so peaks survive).
 */
function pickByBuckets(ys: Ys, budget: number, pinned: ReadonlySet<number>): number[] {
  const n = ys.length;
  const buckets = budget - 2;
  const out = [0];
  for (let bucket = 0; bucket < buckets; bucket++) {
    const start = 1 + Math.floor((bucket * (n - 2)) / buckets);
    const end = 1 + Math.floor(((bucket + 1) * (n - 2)) / buckets);
    if (end > start) out.push(pickInBucket(ys, start, end, pinned));
  }
  out.push(n - 1);
  return out;
}

function pickInBucket(ys: Ys, start: number, end: number, pinned: ReadonlySet<number>): number {
  let gap = -1;
  let sum = 0;
  for (let i = start; i < end; i++) {
    if (pinned.has(i)) return i;
    if (ys[i] === null) gap = gap < 0 ? i : gap;
    else sum += ys[i]!;
  }
  if (gap >= 0) return gap;
  const mean = sum / (end - start);
  let best = start;
  for (let i = start; i < end; i++) {
    if (Math.abs(ys[i]! - mean) > Math.abs(ys[best]! - mean)) best = i;
  }
  return best;
}
