import { SCALE_MAX } from '../models/framework';
import {
  computeAreaLevels,
  computeCapabilityLevel,
  computeUnitAreaLevels,
  type UnitCapabilityLevel,
} from '../maturity/rollup';
import { findCompletionYear, listYears } from './need-years';
import type { ScheduledNeed } from './scenario-economics';

/**
 * Where the city stands today: the framework's capabilities, and each unit's level on them in the basis
 * round (ITD's validated level where it exists, else the unit's own; null when not rated).
 */
export interface MaturityBaseline {
  capabilities: readonly { capabilityCode: string; areaCode: string }[];
  ratings: readonly UnitCapabilityLevel[];
}

export interface ProjectedLevel {
  year: number;
  level: number | null;
}

export interface ProjectedMaturity {
  /** Per capability, today's level and the level per year: the median of the units' lifted levels. */
  capabilities: {
    capabilityCode: string;
    areaCode: string;
    today: number | null;
    levels: ProjectedLevel[];
  }[];
  /** Per area, today's level and the level per year, by the overview's definition (computeAreaLevels). */
  areas: { areaCode: string; today: number | null; levels: ProjectedLevel[] }[];
}

/**
 * Each capability's and area's level per year when the scheduled needs are carried out: a need's lift
 * raises every unit's level on the capability from its completion year, lifts add up, no level goes past
 * the top of the scale, and the city's levels are then read as the overview reads them.
 */
export function projectMaturity(
  scheduled: readonly ScheduledNeed[],
  baseline: MaturityBaseline,
  horizon: { from: number; to: number },
): ProjectedMaturity {
  const years = listYears(horizon.from, horizon.to);
  const areaOf = new Map(baseline.capabilities.map((c) => [c.capabilityCode, c.areaCode]));
  const areaCodes = [...new Set(baseline.capabilities.map((c) => c.areaCode))];
  const levelsIn = (year: number | null) => {
    const ratings =
      year === null
        ? baseline.ratings
        : baseline.ratings.map((r) => ({ ...r, level: liftedLevel(r, scheduled, year) }));
    const byCapability = new Map<string, (number | null)[]>();
    for (const r of ratings) {
      const list = byCapability.get(r.capabilityCode) ?? [];
      byCapability.set(r.capabilityCode, list);
      list.push(r.level);
    }
    return {
      capability: (code: string) => computeCapabilityLevel(byCapability.get(code) ?? []),
      area: computeAreaLevels(computeUnitAreaLevels(ratings, areaOf), areaCodes),
    };
  };
  const today = levelsIn(null);
  const perYear = years.map((year) => ({ year, ...levelsIn(year) }));
  return {
    capabilities: baseline.capabilities.map((c) => ({
      capabilityCode: c.capabilityCode,
      areaCode: c.areaCode,
      today: today.capability(c.capabilityCode),
      levels: perYear.map((y) => ({ year: y.year, level: y.capability(c.capabilityCode) })),
    })),
    areas: areaCodes.map((areaCode) => ({
      areaCode,
      today: today.area.get(areaCode) ?? null,
      levels: perYear.map((y) => ({ year: y.year, level: y.area.get(areaCode) ?? null })),
    })),
  };
}

function liftedLevel(
  rating: UnitCapabilityLevel,
  scheduled: readonly ScheduledNeed[],
  year: number,
): number | null {
  if (rating.level === null) return null;
  let level = rating.level;
  for (const { need, startYear } of scheduled) {
    if (findCompletionYear(need, startYear) > year) continue;
    for (const c of need.capabilities) {
      if (c.capabilityCode === rating.capabilityCode) level += c.lift;
    }
  }
  return Math.min(SCALE_MAX, level);
}
