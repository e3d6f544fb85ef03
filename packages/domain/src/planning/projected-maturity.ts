import { SCALE_MAX } from '../models/framework';
import { computeMedian } from '../maturity/spread';
import { findCompletionYear, listYears } from './need-years';
import type { ScheduledNeed } from './scenario-economics';

/** Where a capability stands today: the city-wide validated level (null when nobody rated it). */
export interface MaturityBaseline {
  capabilityCode: string;
  areaCode: string;
  level: number | null;
}

export interface ProjectedLevel {
  year: number;
  level: number | null;
}

export interface ProjectedMaturity {
  capabilities: { capabilityCode: string; areaCode: string; levels: ProjectedLevel[] }[];
  /** Per area and year the median of its capabilities' projected levels, like the overview's roll-ups. */
  areas: { areaCode: string; levels: ProjectedLevel[] }[];
}

/**
 * Each capability's level per year when the scheduled needs are carried out: a need's lift counts
 * from its completion year, lifts add up, and no level goes past the top of the scale.
 */
export function projectMaturity(
  scheduled: readonly ScheduledNeed[],
  baseline: readonly MaturityBaseline[],
  horizon: { from: number; to: number },
): ProjectedMaturity {
  const years = listYears(horizon.from, horizon.to);
  const capabilities = baseline.map((b) => ({
    capabilityCode: b.capabilityCode,
    areaCode: b.areaCode,
    levels: years.map((year) => ({ year, level: liftedLevel(b, scheduled, year) })),
  }));
  const areaCodes = [...new Set(baseline.map((b) => b.areaCode))];
  const areas = areaCodes.map((areaCode) => {
    const inArea = capabilities.filter((c) => c.areaCode === areaCode);
    return {
      areaCode,
      levels: years.map((year, i) => {
        const levels = inArea
          .map((c) => c.levels[i]!.level)
          .filter((l): l is number => l !== null)
          .sort((a, b) => a - b);
        return { year, level: levels.length ? computeMedian(levels) : null };
      }),
    };
  });
  return { capabilities, areas };
}

function liftedLevel(
  baseline: MaturityBaseline,
  scheduled: readonly ScheduledNeed[],
  year: number,
): number | null {
  if (baseline.level === null) return null;
  let level = baseline.level;
  for (const { need, startYear } of scheduled) {
    if (findCompletionYear(need, startYear) > year) continue;
    for (const c of need.capabilities) {
      if (c.capabilityCode === baseline.capabilityCode) level += c.lift;
    }
  }
  return Math.min(SCALE_MAX, level);
}
