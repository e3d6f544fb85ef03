import type { BenefitFields, Measurement } from '../models/benefit';

type Benefit = Pick<BenefitFields, 'baseline' | 'target' | 'followUpMonths' | 'targetDate'> & {
  measurements: readonly Measurement[];
};

const byDate = (a: Measurement, b: Measurement) => a.date.localeCompare(b.date);

/** The measurement that counts: the latest by date. */
export function findLatest(measurements: readonly Measurement[]): Measurement | null {
  return [...measurements].sort(byDate).at(-1) ?? null;
}

/**
 * How much of the planned change has happened: 0 at the baseline, 1 at the target, whichever way the
 * target lies (shorter waiting times are a benefit too). Kept within 0–1: overshooting is still done.
 * Null before anything is measured.
 */
export function computeRealisation(benefit: Benefit): number | null {
  const latest = findLatest(benefit.measurements);
  if (!latest) return null;
  const rate = (latest.value - benefit.baseline) / (benefit.target - benefit.baseline);
  return Math.min(1, Math.max(0, rate));
}

/** The day the next follow-up is due: `followUpMonths` after the last measurement (or the target date). */
export function findNextFollowUp(benefit: Benefit): string {
  const latest = findLatest(benefit.measurements);
  if (!latest) return benefit.targetDate;
  const d = new Date(`${latest.date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + benefit.followUpMonths);
  return d.toISOString().slice(0, 10);
}

export function isFollowUpOverdue(benefit: Benefit, today: string): boolean {
  return findNextFollowUp(benefit) < today;
}

export interface RealisationSummary {
  benefits: number;
  measured: number;
  /** Mean realisation of the measured benefits; with the counts, never alone. */
  meanRate: number | null;
  realised: number;
  partly: number;
  none: number;
  overdue: number;
}

/** Realisation across a group (an investment, a board, the city): the mean and how it splits. */
export function summariseRealisation(
  benefits: readonly Benefit[],
  today: string,
): RealisationSummary {
  const rates = benefits.map(computeRealisation).filter((r): r is number => r !== null);
  return {
    benefits: benefits.length,
    measured: rates.length,
    meanRate: rates.length
      ? Math.round((rates.reduce((s, r) => s + r, 0) / rates.length) * 100) / 100
      : null,
    realised: rates.filter((r) => r >= 1).length,
    partly: rates.filter((r) => r > 0 && r < 1).length,
    none: rates.filter((r) => r === 0).length,
    overdue: benefits.filter((b) => isFollowUpOverdue(b, today)).length,
  };
}
