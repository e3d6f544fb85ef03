import type { ScenarioOutcomeData } from '../api-types';
import type { NeedRegisterData } from '../needs/types';

export type Phase = 'work' | 'run' | null;

export interface TimelineRow {
  needCode: string;
  title: string;
  startYear: number;
  completionYear: number;
  /** Titles of what the need builds on, each with whether that is a problem in this scenario. */
  dependsOn: { code: string; title: string; issue: 'missing' | 'early' | null }[];
  /** The phase in each year of the horizon: the work, then running (costs and benefits). */
  phases: { year: number; phase: Phase }[];
}

/** The scenario's needs in start order, each with its phase per year and its dependencies. */
export function buildTimeline(
  outcome: ScenarioOutcomeData,
  register: NeedRegisterData['needs'],
  horizon: { from: number; to: number },
): TimelineRow[] {
  const titleOf = new Map(register.map((n) => [n.code, n.title]));
  const years = Array.from({ length: horizon.to - horizon.from + 1 }, (_, i) => horizon.from + i);
  return [...outcome.timeline]
    .sort(
      (a, b) =>
        a.startYear - b.startYear ||
        a.completionYear - b.completionYear ||
        a.title.localeCompare(b.title, 'sv'),
    )
    .map((n) => ({
      ...n,
      dependsOn: (register.find((r) => r.code === n.needCode)?.dependsOn ?? []).map((code) => ({
        code,
        title: titleOf.get(code) ?? code,
        issue:
          outcome.dependencyIssues.find((d) => d.needCode === n.needCode && d.dependsOn === code)
            ?.kind ?? null,
      })),
      phases: years.map((year) => ({
        year,
        phase:
          year < n.startYear
            ? null
            : year <= n.completionYear
              ? ('work' as const)
              : ('run' as const),
      })),
    }));
}
