import { COMPETENCE_AREAS, type CompetenceArea } from '../models/capacity';
import { fteIn, listYears, roundFte } from './need-years';
import type { ScheduledNeed } from './scenario-economics';

export interface AreaYearFte {
  area: CompetenceArea;
  year: number;
  fte: number;
}

export interface StaffingYear {
  year: number;
  /** FTE the scheduled needs ask for, all areas together. */
  demandFte: number;
  /** What units and ITD can put into development that year; null when unknown. */
  planningFte: number | null;
  overPlanning: boolean;
  /** Areas where the needs ask for more than is free, with both figures. */
  shortAreas: { area: CompetenceArea; demandFte: number; availableFte: number }[];
  feasible: boolean;
}

/** FTE the scheduled needs ask for per competence area and year. */
export function computeNeedFte(
  scheduled: readonly ScheduledNeed[],
  horizon: { from: number; to: number },
): AreaYearFte[] {
  const rows: AreaYearFte[] = [];
  for (const year of listYears(horizon.from, horizon.to)) {
    for (const area of COMPETENCE_AREAS) {
      let fte = 0;
      for (const { need, startYear } of scheduled)
        fte += fteIn(need, startYear, year).get(area) ?? 0;
      if (fte > 0) rows.push({ area, year, fte: roundFte(fte) });
    }
  }
  return rows;
}

/**
 * Whether the scheduled needs can be staffed: per area against what is free for development (an area
 * without a figure has nothing free), and in total against the planning capacity.
 */
export function checkStaffing(
  scheduled: readonly ScheduledNeed[],
  horizon: { from: number; to: number },
  available: readonly AreaYearFte[],
  planning: readonly { year: number; fte: number }[],
): StaffingYear[] {
  const demand = computeNeedFte(scheduled, horizon);
  return listYears(horizon.from, horizon.to).map((year) => {
    const ofYear = demand.filter((d) => d.year === year);
    const demandFte = roundFte(ofYear.reduce((s, d) => s + d.fte, 0));
    const planningFte = planning.find((p) => p.year === year)?.fte ?? null;
    const shortAreas = ofYear
      .map((d) => ({
        area: d.area,
        demandFte: d.fte,
        availableFte: available.find((a) => a.area === d.area && a.year === year)?.fte ?? 0,
      }))
      .filter((a) => a.demandFte > roundFte(a.availableFte));
    const overPlanning = planningFte !== null && demandFte > roundFte(planningFte);
    return {
      year,
      demandFte,
      planningFte,
      overPlanning,
      shortAreas,
      feasible: !overPlanning && shortAreas.length === 0,
    };
  });
}
