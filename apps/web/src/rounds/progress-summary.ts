import type { ReportState, RoundSummary, UnitProgress } from './types';

export interface ProgressSummary {
  total: number;
  /** Units whose report is with ITD or already approved: both have handed in. */
  submitted: number;
  validated: number;
  returned: number;
  late: number;
}

export function summarizeProgress(units: readonly UnitProgress[]): ProgressSummary {
  const count = (predicate: (u: UnitProgress) => boolean) => units.filter(predicate).length;
  return {
    total: units.length,
    submitted: count((u) => u.state === 'submitted' || u.state === 'validated'),
    validated: count((u) => u.state === 'validated'),
    returned: count((u) => u.state === 'returned'),
    late: count((u) => u.late),
  };
}

export function filterProgress(
  units: readonly UnitProgress[],
  state: ReportState | undefined,
): readonly UnitProgress[] {
  return state ? units.filter((u) => u.state === state) : units;
}

/** The round the page shows without a choice in the link: the open one, else the newest. */
export function findDefaultRound(rounds: readonly RoundSummary[]): RoundSummary | undefined {
  return rounds.find((r) => r.status === 'open') ?? rounds[0];
}

/**
 * The code after the newest round in the same series (2026-K4 → 2027-K1, 2026-T2 → 2026-T3), so the
 * form for a new round starts from the likely answer. Quarters have 4 periods, tertials 3, halves 2.
 */
export function suggestNextRoundCode(rounds: readonly RoundSummary[]): string {
  const newest = rounds[0]?.code;
  const match = newest ? /^(\d{4})-([A-Z])(\d)$/.exec(newest) : null;
  if (!match) return '';
  const [, yearText, series = 'K', periodText] = match;
  const periods = ({ K: 4, T: 3, H: 2 } as Record<string, number>)[series] ?? 9;
  const year = Number(yearText);
  const period = Number(periodText);
  return period >= periods ? `${year + 1}-${series}1` : `${year}-${series}${period + 1}`;
}
