/** The median ratio of subject ÷ baseline over several rounds, with its spread. */
export interface RatioSummary {
  median: number;
  min: number;
  max: number;
  rounds: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summariseRatios(ratios: readonly number[]): RatioSummary {
  return {
    median: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    rounds: ratios.length,
  };
}

export interface Comparison {
  ratio: RatioSummary;
  subject: number[];
  baseline: number[];
}

/**
 * Runs subject and baseline in alternating order (ABBA…) for the given rounds, after one warm-up of
 * each, so drift on a noisy machine hits both sides alike. Each run returns one measurement (a time
 * in ms, or a rate); the ratio of each round is subject ÷ baseline.
 */
export async function compareAlternating(options: {
  rounds: number;
  subject: () => Promise<number>;
  baseline: () => Promise<number>;
  warmup?: boolean;
}): Promise<Comparison> {
  const { rounds, subject, baseline } = options;
  if (options.warmup ?? true) {
    await subject();
    await baseline();
  }
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      s.push(await subject());
      b.push(await baseline());
    } else {
      b.push(await baseline());
      s.push(await subject());
    }
  }
  return { ratio: summariseRatios(s.map((v, i) => v / b[i]!)), subject: s, baseline: b };
}

/** Milliseconds one call of fn takes. */
export async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export const formatMs = (ms: number) => (ms < 10 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`);
