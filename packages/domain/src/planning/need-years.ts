import type { CompetenceArea } from '../models/capacity';
import type { InvestmentNeed } from '../models/investment';

/** The year a need's work is done: its lift counts from this year, its running costs from the next. */
export function findCompletionYear(need: Pick<InvestmentNeed, 'durationYears'>, startYear: number) {
  return startYear + need.durationYears - 1;
}

/** The years from `from` to `to`, both included. */
export function listYears(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** One-off cost of a need started in `startYear`, in `year`. */
export function oneOffIn(need: InvestmentNeed, startYear: number, year: number): number {
  return need.oneOffTkr[year - startYear] ?? 0;
}

/** Operating consequence of a need in `year`: every year after its completion. */
export function operatingIn(need: InvestmentNeed, startYear: number, year: number): number {
  return year > findCompletionYear(need, startYear) ? need.operatingTkr : 0;
}

/** Benefit of a need in `year`, after its completion; the last value of the ramp goes on. */
export function benefitIn(need: InvestmentNeed, startYear: number, year: number): number {
  const index = year - findCompletionYear(need, startYear) - 1;
  if (index < 0 || need.benefitTkr.length === 0) return 0;
  return need.benefitTkr[Math.min(index, need.benefitTkr.length - 1)]!;
}

/** FTE a need started in `startYear` needs per competence area in `year`. */
export function fteIn(
  need: InvestmentNeed,
  startYear: number,
  year: number,
): Map<CompetenceArea, number> {
  const byArea = new Map<CompetenceArea, number>();
  for (const f of need.fte) {
    if (startYear + f.yearIndex === year) byArea.set(f.area, (byArea.get(f.area) ?? 0) + f.fte);
  }
  return byArea;
}

/** FTE sums kept to hundredths, so 0.1 + 0.2 compares as 0.3 against a capacity of 0.3. */
export function roundFte(fte: number): number {
  return Math.round(fte * 100) / 100;
}
