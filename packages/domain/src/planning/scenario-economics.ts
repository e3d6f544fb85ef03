import type { BudgetFrame, InvestmentNeed } from '../models/investment';
import { benefitIn, listYears, oneOffIn, operatingIn } from './need-years';

/** A need as a scenario schedules it. */
export interface ScheduledNeed {
  need: InvestmentNeed;
  startYear: number;
}

export interface EconomicYear {
  year: number;
  investmentTkr: number;
  /** Operating consequences of every need completed before this year: they add up as needs finish. */
  operatingTkr: number;
  benefitTkr: number;
  /** Benefit less investment and operating cost. */
  netTkr: number;
  cumulativeNetTkr: number;
  /** The budget frame for the year; null when none is set. */
  frameTkr: number | null;
  /** Investment plus operating cost above the frame. */
  overFrame: boolean;
}

export interface EconomicTotals {
  investmentTkr: number;
  operatingTkr: number;
  benefitTkr: number;
  netTkr: number;
}

/** Cost, operating consequences, benefit and net per year of the horizon, and their totals. */
export function computeEconomics(
  scheduled: readonly ScheduledNeed[],
  years: { from: number; to: number },
  frame: BudgetFrame = [],
): { years: EconomicYear[]; totals: EconomicTotals } {
  let cumulative = 0;
  const rows = listYears(years.from, years.to).map((year): EconomicYear => {
    let investmentTkr = 0;
    let operatingTkr = 0;
    let benefitTkr = 0;
    for (const { need, startYear } of scheduled) {
      investmentTkr += oneOffIn(need, startYear, year);
      operatingTkr += operatingIn(need, startYear, year);
      benefitTkr += benefitIn(need, startYear, year);
    }
    const netTkr = benefitTkr - investmentTkr - operatingTkr;
    cumulative += netTkr;
    const frameTkr = frame.find((f) => f.year === year)?.tkr ?? null;
    return {
      year,
      investmentTkr,
      operatingTkr,
      benefitTkr,
      netTkr,
      cumulativeNetTkr: cumulative,
      frameTkr,
      overFrame: frameTkr !== null && investmentTkr + operatingTkr > frameTkr,
    };
  });
  const sum = (pick: (y: EconomicYear) => number) => rows.reduce((s, y) => s + pick(y), 0);
  return {
    years: rows,
    totals: {
      investmentTkr: sum((y) => y.investmentTkr),
      operatingTkr: sum((y) => y.operatingTkr),
      benefitTkr: sum((y) => y.benefitTkr),
      netTkr: sum((y) => y.netTkr),
    },
  };
}

/**
 * The year from which the cumulative net stays at or above zero to the end of the horizon; null when
 * it ends below zero. A scenario that never costs anything pays back in its first year.
 */
export function findPaybackYear(
  years: readonly Pick<EconomicYear, 'year' | 'cumulativeNetTkr'>[],
): number | null {
  let payback: number | null = null;
  for (const y of years) {
    if (y.cumulativeNetTkr < 0) payback = null;
    else payback ??= y.year;
  }
  return payback;
}
