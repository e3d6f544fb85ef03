import { computeMovement } from '../maturity/movement';
import { isActiveFactor } from '../views/factors';
import type { PlanComparables } from './plan-content';
import type { PlanSources } from './plan-sources';

/** What a later edition compares itself with: area medians, needs, benefits and open risks as they stand. */
export function extractComparables(sources: PlanSources): PlanComparables {
  const overview = sources.overview;
  return {
    roundCode: overview?.round ?? null,
    areas: (overview?.areas ?? []).map((a) => ({
      code: a.code,
      name: a.name,
      median: findAreaMedian(sources, a.code, overview?.round ?? null),
    })),
    needs: sources.needs.needs.map((n) => ({ code: n.code, title: n.title, status: n.status })),
    benefits: sources.benefits.benefits.map((b) => ({
      code: b.code,
      title: b.title,
      realisation: b.realisation,
    })),
    factors: sources.factors.factors
      .filter(isActiveFactor)
      .map((f) => ({ code: f.code, title: f.title, score: f.score })),
  };
}

/** An area's median in a round, from the overview's trend; null when the round has no ratings there. */
export function findAreaMedian(
  sources: Pick<PlanSources, 'overview'>,
  areaCode: string,
  roundCode: string | null,
): number | null {
  const trend = sources.overview?.trends.find((t) => t.areaCode === areaCode);
  return trend?.points.find((p) => p.roundCode === roundCode)?.spread?.median ?? null;
}

export interface AreaChange {
  code: string;
  name: string;
  from: number;
  to: number;
  change: number;
}

export interface EditionChanges {
  areasUp: AreaChange[];
  areasDown: AreaChange[];
  /** Areas with a median in both editions. */
  areasCompared: number;
  newNeeds: { code: string; title: string }[];
  completedNeeds: { code: string; title: string }[];
  realisedBenefits: { code: string; title: string }[];
  risenRisks: { code: string; title: string; from: number; to: number }[];
  newRisks: { code: string; title: string; score: number }[];
}

/** A benefit counts as realised once its measured value reaches the target. */
const isRealised = (realisation: number | null | undefined) => (realisation ?? 0) >= 1;

/** What moved between two editions: the "since the previous edition" of chapter 1. */
export function compareEditions(
  previous: PlanComparables,
  current: PlanComparables,
): EditionChanges {
  const before = {
    areas: new Map(previous.areas.map((a) => [a.code, a.median])),
    needs: new Map(previous.needs.map((n) => [n.code, n.status])),
    benefits: new Map(previous.benefits.map((b) => [b.code, b.realisation])),
    factors: new Map(previous.factors.map((f) => [f.code, f.score])),
  };
  const areaChanges = current.areas.flatMap((a): AreaChange[] => {
    const from = before.areas.get(a.code) ?? null;
    const change = computeMovement(a.median, from);
    return change === null || from === null || a.median === null
      ? []
      : [{ code: a.code, name: a.name, from, to: a.median, change }];
  });
  const byChange = (x: AreaChange, y: AreaChange) => Math.abs(y.change) - Math.abs(x.change);
  return {
    areasUp: areaChanges.filter((a) => a.change > 0).sort(byChange),
    areasDown: areaChanges.filter((a) => a.change < 0).sort(byChange),
    areasCompared: areaChanges.length,
    newNeeds: current.needs.filter((n) => !before.needs.has(n.code)).map(codeAndTitle),
    completedNeeds: current.needs
      .filter((n) => n.status === 'done' && before.needs.has(n.code))
      .filter((n) => before.needs.get(n.code) !== 'done')
      .map(codeAndTitle),
    realisedBenefits: current.benefits
      .filter((b) => isRealised(b.realisation) && !isRealised(before.benefits.get(b.code)))
      .map(codeAndTitle),
    risenRisks: current.factors.flatMap((f) => {
      const from = before.factors.get(f.code);
      return from !== undefined && f.score > from
        ? [{ code: f.code, title: f.title, from, to: f.score }]
        : [];
    }),
    newRisks: current.factors
      .filter((f) => !before.factors.has(f.code))
      .map((f) => ({ code: f.code, title: f.title, score: f.score })),
  };
}

const codeAndTitle = (x: { code: string; title: string }) => ({ code: x.code, title: x.title });
