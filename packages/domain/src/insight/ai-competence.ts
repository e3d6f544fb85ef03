import { roundTo } from '../maturity/rating';
import { computeMedian } from '../maturity/spread';
import type { CompetenceArea } from '../models/capacity';
import { computeFteSupply } from '../planning/competence-supply';

/** The competence areas Q3 asks about: AI (with data) and testing. */
export const AI_COMPETENCE_AREAS = ['ai-och-data', 'test'] as const satisfies CompetenceArea[];
export type AiCompetenceArea = (typeof AI_COMPETENCE_AREAS)[number];

/** Below this self-rated level a unit has the people only on paper: counted as missing. */
export const MISSING_LEVEL_AT_MOST = 2;

/** One unit's FTE and self-rated level in one area in one round, from its capacity report. */
export interface CompetenceFact {
  roundCode: string;
  unitSlug: string;
  area: AiCompetenceArea;
  fte: number;
  level: number | null;
}

export interface CityCompetencePoint {
  roundCode: string;
  area: AiCompetenceArea;
  /** FTE supply in the area standing on the round (computeFteSupply), as the capacity balance reads it. */
  fte: number;
  /** Mean of the self-rated levels given; null when no unit gave one. */
  meanLevel: number | null;
  reports: number;
}

/** The city's FTE and mean level per area in each round, oldest first: the movement over time. */
export function computeCompetenceMovement(
  roundCodes: readonly string[],
  facts: readonly CompetenceFact[],
): CityCompetencePoint[] {
  return roundCodes.flatMap((roundCode) =>
    AI_COMPETENCE_AREAS.map((area) => {
      const rows = facts.filter((f) => f.roundCode === roundCode && f.area === area);
      const levels = rows.map((r) => r.level).filter((l): l is number => l !== null);
      return {
        roundCode,
        area,
        fte: computeFteSupply(rows, roundCode)[0]?.fte ?? 0,
        meanLevel: levels.length
          ? roundTo(levels.reduce((s, l) => s + l, 0) / levels.length, 1)
          : null,
        reports: rows.length,
      };
    }),
  );
}

/** Whether the unit lacks the competence: no people, no level given, or a level of 2 or less. */
export function isCompetenceMissing(fact: Pick<CompetenceFact, 'fte' | 'level'>): boolean {
  return fact.fte === 0 || fact.level === null || fact.level <= MISSING_LEVEL_AT_MOST;
}

export interface UnitCompetence {
  unitSlug: string;
  /** The round of the unit's latest report; null when it never reported. */
  roundCode: string | null;
  previousRoundCode: string | null;
  areas: {
    area: AiCompetenceArea;
    fte: number;
    level: number | null;
    /** Since the unit's previous report; null without one. */
    fteChange: number | null;
    levelChange: number | null;
    missing: boolean;
  }[];
}

/**
 * Each unit's latest report per area beside its previous one. A unit that never reported has
 * nothing to show and counts as missing: the city cannot say it has the competence.
 */
export function computeUnitCompetence(
  unitSlugs: readonly string[],
  roundCodes: readonly string[],
  facts: readonly CompetenceFact[],
): UnitCompetence[] {
  return unitSlugs.map((unitSlug) => {
    const own = facts.filter((f) => f.unitSlug === unitSlug);
    const reported = roundCodes.filter((r) => own.some((f) => f.roundCode === r));
    const roundCode = reported[reported.length - 1] ?? null;
    const previousRoundCode = reported[reported.length - 2] ?? null;
    const factOf = (round: string | null, area: AiCompetenceArea) =>
      round === null ? undefined : own.find((f) => f.roundCode === round && f.area === area);
    return {
      unitSlug,
      roundCode,
      previousRoundCode,
      areas: AI_COMPETENCE_AREAS.map((area) => {
        const latest = factOf(roundCode, area);
        const previous = factOf(previousRoundCode, area);
        const fte = latest?.fte ?? 0;
        const level = latest?.level ?? null;
        return {
          area,
          fte,
          level,
          fteChange: previous && latest ? roundTo(fte - previous.fte) : null,
          levelChange:
            previous?.level != null && level !== null ? roundTo(level - previous.level) : null,
          missing: isCompetenceMissing({ fte, level }),
        };
      }),
    };
  });
}

/** Per area, the units where the competence is missing, in the order given. */
export function findMissingCompetence(
  units: readonly UnitCompetence[],
): { area: AiCompetenceArea; unitSlugs: string[] }[] {
  return AI_COMPETENCE_AREAS.map((area) => ({
    area,
    unitSlugs: units
      .filter((u) => u.areas.find((a) => a.area === area)?.missing)
      .map((u) => u.unitSlug),
  }));
}

/** One assessment of a capability in the direction's areas, as read from the latest closed round. */
export interface DirectionFact {
  areaCode: string;
  /** Validated rating, else the unit's own; null when not applicable or unrated. */
  rating: number | null;
  targetLevel: number | null;
  targetYear: number | null;
}

export interface LevelCounts {
  /** counts[i] is how many sit at level i + 1. */
  counts: number[];
  n: number;
  median: number | null;
}

export interface AreaDirection {
  areaCode: string;
  current: LevelCounts;
  /** Target levels of every assessment that names one, whatever its year. */
  targets: LevelCounts;
  /** Target levels per target year within the horizon. */
  years: (LevelCounts & { year: number })[];
  /** Targets set for a year after the horizon, and assessments with no target at all. */
  beyondHorizon: number;
  withoutTarget: number;
}

/** Counts per level 1–5 and the median: the spread, never only a mean. */
export function countLevels(values: readonly (number | null)[]): LevelCounts {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const counts = [0, 0, 0, 0, 0];
  for (const v of present) counts[Math.min(5, Math.max(1, Math.round(v))) - 1]! += 1;
  return {
    counts,
    n: present.length,
    median: present.length ? computeMedian(present) : null,
  };
}

/** Where the units stand in an area now, beside the levels they aim for and by when. */
export function computeDirection(
  areaCodes: readonly string[],
  facts: readonly DirectionFact[],
  horizon: { from: number; to: number },
): AreaDirection[] {
  return areaCodes.map((areaCode) => {
    const rows = facts.filter((f) => f.areaCode === areaCode);
    const targeted = rows.filter((r) => r.targetLevel !== null);
    const years: AreaDirection['years'] = [];
    for (let year = horizon.from; year <= horizon.to; year++) {
      const inYear = targeted.filter((r) => r.targetYear === year);
      years.push({ year, ...countLevels(inYear.map((r) => r.targetLevel)) });
    }
    return {
      areaCode,
      current: countLevels(rows.map((r) => r.rating)),
      targets: countLevels(targeted.map((r) => r.targetLevel)),
      years,
      beyondHorizon: targeted.filter((r) => r.targetYear !== null && r.targetYear > horizon.to)
        .length,
      withoutTarget: rows.length - targeted.length,
    };
  });
}
