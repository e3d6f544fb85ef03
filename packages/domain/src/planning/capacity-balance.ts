import { COMPETENCE_AREAS, type CompetenceArea } from '../models/capacity';
import { listYears, roundFte } from './need-years';
import type { AreaYearFte } from './staffing';

export interface BalanceCell {
  area: CompetenceArea;
  year: number;
  /** ITD's own FTE plus the units' reported FTE in the area. */
  supplyFte: number;
  /** Support the units asked ITD for. */
  unitDemandFte: number;
  /** What the chosen investments need. */
  investmentFte: number;
  /** Supply less both demands; below zero is a shortfall. */
  balanceFte: number;
  shortfallFte: number;
}

const sumOf = (rows: readonly AreaYearFte[], area: CompetenceArea, year: number) =>
  rows.filter((r) => r.area === area && r.year === year).reduce((s, r) => s + r.fte, 0);

/** A report's FTE per area holds for every year ahead until the next report says otherwise. */
export function spreadOverYears(
  perArea: readonly { area: CompetenceArea; fte: number }[],
  horizon: { from: number; to: number },
): AreaYearFte[] {
  return listYears(horizon.from, horizon.to).flatMap((year) =>
    perArea.map((p) => ({ area: p.area, year, fte: p.fte })),
  );
}

/** Supply against demand per competence area and year (DOMAIN.md: capacity balance). */
export function computeCapacityBalance(
  input: {
    supply: readonly AreaYearFte[];
    unitDemand: readonly AreaYearFte[];
    investment: readonly AreaYearFte[];
  },
  horizon: { from: number; to: number },
): BalanceCell[] {
  return listYears(horizon.from, horizon.to).flatMap((year) =>
    COMPETENCE_AREAS.map((area): BalanceCell => {
      const supplyFte = roundFte(sumOf(input.supply, area, year));
      const unitDemandFte = roundFte(sumOf(input.unitDemand, area, year));
      const investmentFte = roundFte(sumOf(input.investment, area, year));
      const balanceFte = roundFte(supplyFte - unitDemandFte - investmentFte);
      return {
        area,
        year,
        supplyFte,
        unitDemandFte,
        investmentFte,
        balanceFte,
        shortfallFte: Math.max(0, -balanceFte),
      };
    }),
  );
}

/** The named shortfalls, largest first. */
export function listShortfalls(cells: readonly BalanceCell[]): BalanceCell[] {
  return cells
    .filter((c) => c.shortfallFte > 0)
    .sort(
      (a, b) => b.shortfallFte - a.shortfallFte || a.year - b.year || a.area.localeCompare(b.area),
    );
}

/** What is free for investments: supply less what the units already asked for, never below zero. */
export function computeAvailableFte(
  supply: readonly AreaYearFte[],
  unitDemand: readonly AreaYearFte[],
  horizon: { from: number; to: number },
): AreaYearFte[] {
  return computeCapacityBalance({ supply, unitDemand, investment: [] }, horizon).map((c) => ({
    area: c.area,
    year: c.year,
    fte: Math.max(0, c.balanceFte),
  }));
}
