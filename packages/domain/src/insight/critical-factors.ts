import type { CriticalFactorFields } from '../models/critical-factor';

/** Likelihood times impact, 1–25: the factor's weight. */
export function scoreFactor(f: Pick<CriticalFactorFields, 'likelihood' | 'impact'>): number {
  return f.likelihood * f.impact;
}

/** The band a score falls in, as risk matrices colour it: low 1–4, medium 5–9, high 10–16, critical 20–25. */
export function bandOf(score: number): 'low' | 'medium' | 'high' | 'critical' {
  if (score >= 20) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

/** How many factors sit in each cell of the likelihood × impact matrix: cells[likelihood-1][impact-1]. */
export function countMatrix(
  factors: readonly Pick<CriticalFactorFields, 'likelihood' | 'impact'>[],
): number[][] {
  const cells = Array.from({ length: 5 }, () => new Array<number>(5).fill(0));
  for (const f of factors) cells[f.likelihood - 1]![f.impact - 1]! += 1;
  return cells;
}

export interface FactorHistory {
  code: string;
  /** The factor's score at each round it was assessed, oldest first. */
  scores: readonly { roundCode: string; score: number }[];
}

export interface FactorMovement {
  code: string;
  current: number;
  previous: number | null;
  /** Current less previous; positive is worse for a risk. */
  change: number | null;
}

/** The factors by current score, highest first, each with its change since the round before. */
export function rankFactors(histories: readonly FactorHistory[]): FactorMovement[] {
  return histories
    .filter((h) => h.scores.length > 0)
    .map((h) => {
      const current = h.scores.at(-1)!.score;
      const previous = h.scores.length > 1 ? h.scores.at(-2)!.score : null;
      return {
        code: h.code,
        current,
        previous,
        change: previous === null ? null : current - previous,
      };
    })
    .sort(
      (a, b) =>
        b.current - a.current || (b.change ?? 0) - (a.change ?? 0) || a.code.localeCompare(b.code),
    );
}
