import { roundTo } from './rating';

export interface AreaStanding {
  areaCode: string;
  score: number;
  cityMedian: number;
  /** The unit's score minus the city median: above zero is stronger than the city. */
  diff: number;
}

/**
 * A unit's areas ranked against the city median, strongest first. Areas where either side is missing
 * are left out; ties keep the framework's area order.
 */
export function rankAreasAgainstCity(
  unitScores: ReadonlyMap<string, number>,
  cityMedians: ReadonlyMap<string, number | null>,
  areaOrder: readonly string[],
): AreaStanding[] {
  const standings: AreaStanding[] = [];
  for (const areaCode of areaOrder) {
    const score = unitScores.get(areaCode);
    const cityMedian = cityMedians.get(areaCode);
    if (score === undefined || cityMedian == null) continue;
    standings.push({ areaCode, score, cityMedian, diff: roundTo(score - cityMedian) });
  }
  // Array.prototype.sort is stable, so equal diffs keep the area order.
  return standings.sort((a, b) => b.diff - a.diff);
}

/**
 * Strongest: up to `count` areas above the city median, furthest first; weakest: up to `count` below it.
 * An area at the median is neither, so a unit level with the city everywhere has no strengths or weaknesses.
 */
export function pickStrengthsAndWeaknesses(
  ranked: readonly AreaStanding[],
  count = 3,
): { strongest: AreaStanding[]; weakest: AreaStanding[] } {
  return {
    strongest: ranked.filter((s) => s.diff > 0).slice(0, count),
    weakest: ranked
      .filter((s) => s.diff < 0)
      .reverse()
      .slice(0, count),
  };
}
